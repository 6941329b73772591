import type { article as en } from '../en/article';
import type { Translation } from '../translation';

export const article: Translation<typeof en> = {
  'article.add': 'Ajouter un article',
  'article.restored': 'L’article laissé inachevé a été conservé dans ce navigateur : le voici.',
  'article.startAfresh': 'Recommencer',
  'article.text': 'Texte de l’article',
  'article.textPlaceholder': 'Collez l’article ici, un paragraphe par ligne.',
  'article.publisher': 'Éditeur',
  'article.publisherExample': 'Le Monde',
  'article.published': 'Publié le',
  'article.headline': 'Titre de l’article',
  'article.address': 'Adresse',
  'article.addressExample': 'https://…',
  'article.formHelp':
    'La date au format AAAA, AAAA-MM ou AAAA-MM-JJ : « l’an dernier » dans le texte se lit par rapport à elle. Laissez vide ce que vous ne savez pas : rien n’est deviné. L’article est lu dans ce navigateur ; rien n’est envoyé nulle part.',
  'article.reading': 'Lecture de l’article…',
  'article.adding': 'Ajout…',
  'article.findEvents': 'Trouver les événements',
  'article.noText': 'Collez le texte de l’article.',
  'article.badPublished':
    'Écrivez la date de publication au format AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2025-03-30).',
  'article.badAddress': 'L’adresse doit commencer par http:// ou https://.',
  'article.unread': 'L’article n’a pas pu être lu.',
  'article.noEvent': 'Aucun événement trouvé : aucune phrase du texte n’en relate.',
  'article.noTextYet': 'Il n’y a pas de texte : collez d’abord celui de l’article.',
  'article.fieldProblem':
    '{field, select, id {Identifiant de source} publisher {Éditeur} title {Titre} url {Adresse} published {Date de publication} other {Détails}} de l’article : {problem}',
  'article.pipelineProblem': 'L’article : {problem}',
  'article.extractorFailed': 'L’extraction a échoué : {error}',
  'article.reviewFound':
    '{total, plural, one {# événement trouvé} other {# événements trouvés}} dans l’article.',
  'article.reviewUndated':
    '{which, select, single {Il n’a pas de date : donnez-lui-en une, ou gardez-le sans date.} all {Aucun n’a de date : donnez-en une à chacun, ou gardez-les sans date.} other {{undated, plural, one {# d’entre eux n’a pas de date : donnez-lui-en une, ou gardez-le sans date.} other {# d’entre eux n’ont pas de date : donnez-en une à chacun, ou gardez-les sans date.}}}}',
  'article.reviewKeep': 'Gardez, renommez ou redatez chacun ; ce que vous écartez n’est pas ajouté.',
  'article.back': '← Retour à l’article',
  'article.addKept': 'Ajouter {count, plural, one {# événement} other {# événements}} à la chronologie',
  'article.keepEvent': 'Garder l’événement {number}',
  'article.title': 'Titre',
  'article.date': 'Date de l’événement',
  'article.datePlaceholder': 'AAAA-MM-JJ',
  'article.until': 'Jusqu’au (pour une période)',
  'article.foundUndated':
    'Trouvé : sans date. {reason}{hasPhrase, select, yes { Les mots « {phrase} » ne donnent pas de date.} other {}} Laissez la date vide pour le garder sans date (à part de la chronologie), ou donnez-lui-en une.',
  'article.foundBounded':
    'Trouvé : {date} (le texte ne donne pas de date ; laissez vide pour garder la borne)',
  'article.foundDate': 'Trouvé : {date}',
  'article.noActor': 'Aucun acteur trouvé',
  'article.quotes': '{count, plural, one {# citation} other {# citations}}',
  'article.reported': '{count, plural, one {# propos rapporté} other {# propos rapportés}}',
  'article.eventProblem': 'Événement {number} : {problem}',
  'article.needsTitle': 'donnez-lui un titre.',
  'article.notADate': '« {value} » n’est pas une date comme 2025, 2025-03 ou 2025-03-28.',
  'article.needsDate': 'donnez-lui une date (l’article donne {date}).',
  'article.spanNeedsStart': 'une période a aussi besoin de sa date de début.',
  'article.spanBackwards': 'la période finit avant de commencer.',
  'article.opening': 'Ouverture de « {name} »…',
  'article.checkingEvents': 'Vérification des événements…',
  'article.arrivingEvents':
    'Les événements déjà vérifiés sont sur la frise ; les autres suivent à mesure qu’ils sont vérifiés.',
  'article.wholeTimelineFirst': 'Disponible une fois la frise arrivée en entier',
  'article.checkingDataset': 'Vérification du jeu de données',
  'article.recordsOf':
    '{checked, number} sur {total, plural, one {# enregistrement} other {# enregistrements}}',
  'article.recordsChecked':
    '{count, plural, one {# enregistrement vérifié} other {# enregistrements vérifiés}}',
  'article.loadingEvents': 'Chargement des événements…',
  'article.loadingDataset': 'Chargement du jeu de données',
  'article.kilobytes': '{size, number} Ko',
  'article.megabytes': '{size, number} Mo',
  'article.sizeOf': '{loaded} sur {total}',
  'article.couldNotOpen': 'Impossible d’ouvrir « {name} »',
  'article.loadFailed': 'La chronologie n’a pas pu être chargée',
  'article.fileLabel': 'Fichier :',
  'article.backToTimeline': 'Retour à la chronologie',
  'article.skipped':
    '{count, plural, one {# enregistrement non valide a été écarté} other {# enregistrements non valides ont été écartés}} de cette chronologie ; tout ce qui est valide est affiché.',
  'article.convertedWithNotes':
    '« {name} » ouvert au format {format} : {count, plural, one {# remarque} other {# remarques}} sur ce qui n’a pas pu être conservé.',
  'article.convertedWhole': '« {name} » ouvert au format {format}, sans aucune perte.',
  'article.openTitle': 'Ouvrir un fichier Newsline, TimelineJS ou CSV',
  'article.open': 'Ouvrir…',
  'article.openLabel': 'Ouvrir un fichier de chronologie : JSON Newsline, JSON TimelineJS ou CSV',
  'article.dropHere': 'Déposez le fichier pour l’ouvrir ici',
  'article.dropFormats': 'JSON Newsline, JSON TimelineJS ou CSV selon la disposition de TimelineJS',
  'article.thisLink': 'ce lien',
  'article.linkUnreadable': 'La chronologie contenue dans ce lien n’a pas pu être ouverte.',
  'article.editedTimeline': 'chronologie modifiée',
  'article.tooLarge':
    'Le jeu de données fait {exact, select, yes {{size}} other {plus de {size}}} ; Newsline lit des jeux de données jusqu’à {limit}{streamedLimit, select, none {} other { (son propre JSON, les événements en dernier comme Newsline l’écrit, jusqu’à {streamedLimit})}}. Découpez-le en fichiers plus petits, ou filtrez-le avant de l’ouvrir.',
  'article.interrupted':
    'Le téléchargement du jeu de données a été interrompu. Rechargez la page pour réessayer.',
  'article.triedTwice': '{summary} Deux tentatives ont échoué.',
  'article.timedOut':
    'Le jeu de données n’est pas arrivé en {seconds, number} s. Vérifiez votre connexion et rechargez la page.',
  'article.unreachable':
    'Le jeu de données est inaccessible : le réseau est hors ligne, ou le serveur l’a refusé (un jeu de données sur un autre site doit autoriser CORS). Vérifiez l’adresse et votre connexion, puis rechargez la page.',
  'article.serverAnswered': 'Le serveur a répondu {status} pour le jeu de données.',
  'article.serverNotFound':
    'Le serveur a répondu {status} pour le jeu de données. Vérifiez l’adresse du jeu de données.',
  'article.unreadableFile': 'Le fichier n’a pas pu être lu. Est-il toujours au même endroit ?',
  'article.loadingStopped': 'Le chargement a été arrêté.',
  'article.arrivedIncomplete': 'Le jeu de données est arrivé incomplet.',
  'article.notJson': 'Le fichier n’est pas du JSON valide.',
  'article.tooLargeForBrowser':
    'Le jeu de données n’a pas pu être lu : il est peut-être trop volumineux pour ce navigateur.',
  'article.twoEventLists': 'Le fichier a deux listes « events » ; un jeu de données Newsline n’en a qu’une.',
  'article.cutShort': 'Le fichier s’arrête au milieu de son JSON : il a été tronqué.',
  'article.commaBeforeFirst': 'Une virgule avant le premier événement.',
  'article.commaAfterLast': 'Une virgule après le dernier événement.',
  'article.missingComma': 'Il manque une virgule entre l’événement {number} et le suivant.',
  'article.notADataset':
    'Le fichier contient du JSON, mais pas un jeu de données Newsline : ce doit être un objet avec « schemaVersion », « sources », « actors » et « events ».',
  'article.noSchemaVersion':
    'Le fichier n’a pas de « schemaVersion » : ce n’est pas un jeu de données Newsline.',
  'article.otherSchemaVersion':
    'Le fichier utilise schemaVersion {found}, mais cette version de Newsline lit schemaVersion {expected}.',
  'article.notAList': 'absent ou pas une liste (un tableau de {list} est attendu)',
  'article.missingField': 'absent ({expected} attendu)',
  'article.duplicateId': 'identifiant « {id} » en double : seul le premier est gardé',
  'article.andMoreIssues': '{problem} (et {count, number} de plus)',
  'article.andMoreProblems': '…et {count, number} de plus',
  'article.noEvents': 'Le fichier ne contient aucun événement.',
  'article.noValidEvent': 'Aucun des événements du fichier n’est valide.',
  'article.invalidDataset':
    'Le fichier n’est pas un jeu de données Newsline valide ({count, plural, one {# problème} other {# problèmes}}).',
  'article.manifestTooLarge':
    'Le manifeste des tuiles dépasse {limit} ; Newsline lit des manifestes jusqu’à {limit}.',
  'article.manifestNotJson': 'Le manifeste des tuiles n’est pas du JSON : {error}.',
  'article.notAManifest':
    'Ce n’est pas un manifeste de tuiles Newsline ({count, plural, one {un problème} other {# problèmes}}).',
  'article.tilesAllRead':
    '{periods, plural, one {La # période est lue} other {Les # périodes sont lues}} : {events, plural, one {# événement daté} other {# événements datés}}.',
  'article.tilesSomeRead':
    '{read, plural, one {# événement lu} other {# événements lus}} sur {events, number} ({readPeriods, plural, one {# période} other {# périodes}} sur {periods, number}).',
  'article.tilesReading': 'Lecture de {count, plural, one {# période} other {# périodes}}…',
  'article.tilesFailed':
    '{count, plural, one {# période n’a pas pu être lue} other {# périodes n’ont pas pu être lues}} : {reason}',
  'article.tilesHint':
    'Zoomez sur une période pour la lire ; la recherche et les décomptes par acteur portent sur les périodes lues.',
  'article.tileCount':
    '{state, select, searching {{count, plural, one {# événement, pas encore cherché} other {# événements, pas encore cherchés}}} unfiltered {{count, plural, one {# événement, pas encore filtré} other {# événements, pas encore filtrés}}} atMost {{count, plural, one {jusqu’à # événement} other {jusqu’à # événements}}} other {{count, plural, one {# événement} other {# événements}}}}',
};
