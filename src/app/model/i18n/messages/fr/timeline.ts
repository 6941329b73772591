import type { timeline as en } from '../en/timeline';
import type { Translation } from '../translation';

export const timeline: Translation<typeof en> = {
  'timeline.label': 'Chronologie',
  'timeline.navigatorLabel': 'Navigation du récit',
  'timeline.zoom': 'Niveau de zoom',
  'timeline.zoomIn': 'Zoom avant',
  'timeline.zoomOut': 'Zoom arrière',
  'timeline.fitAll': 'Tout afficher',
  'timeline.fitShort': 'Tout',
  'timeline.fitRest': ' afficher',
  'timeline.keysNavigator':
    'Cliquez sur un événement pour afficher sa diapositive ; les flèches gauche et droite passent d’une diapositive à l’autre, Début et Fin mènent à la première et à la dernière.',
  'timeline.keysTimeline':
    'Les flèches gauche et droite parcourent les événements dans l’ordre chronologique, Entrée ouvre le premier, Échap ferme le panneau.',
  'timeline.periods': 'Périodes',
  'timeline.eraWithDates': '{title}, {dates}',
  'timeline.outOfSight': 'Événements hors de vue',
  'timeline.clusterEvents': '{count, plural, one {# événement} other {# événements}}',
  'timeline.clusterOngoing':
    '{count, plural, one {# événement long en cours} other {# événements longs en cours}}',
  'timeline.clusterBegun': 'début {dates}',
  'timeline.clusterTitle': '{label}, {dates}. Cliquez pour zoomer.',
  'timeline.tileLabel':
    '{countWords} · {status, select, waiting {zoomez pour lire} reading {lecture…} other {lecture impossible}}',
  'timeline.eventTitle': '{date} : {title}',
  'timeline.uncertainDate': 'Date incertaine',
  'timeline.uncertainBadge': 'date incertaine',
  'timeline.laneTitle': '{lane} : {events}',

  'timeline.verticalLabel': 'Chronologie verticale',
  'timeline.verticalHeading': '{shown}, les plus anciens d’abord',
  'timeline.lanesNote':
    'Les lignes {mode, select, actor {par acteur} other {par type}} demandent un écran plus large : ici, tous les événements sont sur une même ligne et chaque carte nomme ses acteurs.',
  'timeline.noMatch': 'Aucun événement ne correspond au filtre et à la recherche.',
  'timeline.showEarlier':
    '{count, plural, one {Afficher # événement antérieur} other {Afficher # événements antérieurs}}',
  'timeline.showLater':
    '{count, plural, one {Afficher # événement suivant} other {Afficher # événements suivants}}',
  'timeline.undatedHeading': 'Non datés ({count})',
  'timeline.undatedNote':
    'Aucune date ni borne n’est connue pour ceux-ci : ils ne sont donc pas placés sur la chronologie.',

  'timeline.previousEvent': '← Précédent',
  'timeline.nextEvent': 'Suivant →',
  'timeline.position': '{index} sur {total}',
  'timeline.hiddenByFilter': 'Masqué par le filtre',
  'timeline.closePanel': 'Fermer le panneau',
  'timeline.editHeading': 'Modifier « {title} »',
  'timeline.periodsOfEvent': '{count, plural, one {Période :} other {Périodes :}}',
  'timeline.periodSeparator': ' ; ',
  'timeline.actors': 'Acteurs',
  'timeline.actorKind':
    '{kind, select, person {personne} organisation {organisation} country {pays} group {groupe} other {{kind}}}',
  'timeline.stopFilteringBy': 'Ne plus filtrer par {name}',
  'timeline.showOnlyWith': 'N’afficher que les événements impliquant {name}',

  'timeline.quotes': 'Citations',
  'timeline.reportedStatements': 'Propos rapportés',
  'timeline.reportedNote': 'Formulés par le journaliste, non par la personne citée.',
  'timeline.openQuote': '« ',
  'timeline.closeQuote': ' »',
  'timeline.quoted': '« {text} »',
  'timeline.statementCredit': '— {speaker}, selon {source}',
  'timeline.statementCreditNoSource': '— {speaker}',
  'timeline.speakerNotStated': 'Auteur non précisé',
  'timeline.articleWithoutPublisher': 'un article sans média précisé',
  'timeline.sources': 'Sources citées',
  'timeline.untitledArticle': 'Article sans titre',
  'timeline.publisherNotStated': 'Média non précisé',
  'timeline.via': 'relayé par {via}',
  'timeline.opensInNewTab': '(s’ouvre dans un nouvel onglet)',
  'timeline.published': 'Date de publication : {date}',
  'timeline.publicationDateNotStated': 'Date de publication non précisée',
  'timeline.noLink': 'Aucun lien disponible',

  'timeline.imageNotLoaded': 'L’image n’a pas pu être chargée.',
  'timeline.openMedia':
    'Ouvrir {type, select, image {l’image} youtube {la vidéo sur YouTube} vimeo {la vidéo sur Vimeo} dailymotion {la vidéo sur Dailymotion} twitter {la publication sur X (Twitter)} instagram {la publication sur Instagram} flickr {la photo sur Flickr} soundcloud {l’audio sur SoundCloud} spotify {l’audio sur Spotify} wikipedia {l’article de Wikipédia} documentcloud {le document} google_maps {la carte} other {le lien}}',
  'timeline.credit': 'Crédit : {credit}',

  'timeline.story': 'Récit',
  'timeline.currentSlide': 'Diapositive en cours',
  'timeline.slides': 'Diapositives',
  'timeline.previousSlide': 'Diapositive précédente',
  'timeline.nextSlide': 'Diapositive suivante',
  'timeline.previous': 'Précédente',
  'timeline.next': 'Suivante',
  'timeline.titleSlidePosition': '{count, plural, one {Titre, # événement} other {Titre, # événements}}',
  'timeline.storyKicker': '{count, plural, one {Un récit en # événement} other {Un récit en # événements}}',
  'timeline.storyKickerNarrowed':
    '{count, plural, one {Un récit en # événement, filtré par {narrowing}} other {Un récit en # événements, filtré par {narrowing}}}',
  'timeline.storyAllUndated':
    'Aucun de ces événements n’est daté : ils sont racontés dans l’ordre alphabétique de leur titre.',
  'timeline.storySomeUndated':
    '{count, plural, one {# d’entre eux n’a pas de date et vient en dernier, après les événements datés.} other {# d’entre eux n’ont pas de date et viennent en dernier, après les événements datés.}}',
  'timeline.storyNoMatch':
    'Aucun événement ne correspond au filtre et à la recherche : modifiez-les pour voir des diapositives.',
  'timeline.storyUndatedEvent':
    'Cet événement n’a pas de date : le récit le raconte après les événements datés.',

  'timeline.printCount': '{shown}, par ordre chronologique.',
  'timeline.printCountNarrowed': '{shown}, par ordre chronologique ; filtre : {narrowing}.',
  'timeline.printFirst':
    '{count, plural, one {Seul le premier est imprimé ; exportez le reste pour le conserver.} other {Seuls les # premiers sont imprimés ; exportez le reste pour le conserver.}}',
  'timeline.printUncertain': '(date incertaine)',
  'timeline.printSpeakerNotStated': 'auteur non précisé',
  'timeline.printSeparator': ', ',
  'timeline.printImage': 'Image : {alt}',
  'timeline.printLink': 'Lien : {label}',

  'timeline.undatedReason': 'Ni le texte ni son article ne donnent de date.',
  'timeline.precisionUndated': 'Aucune date ni borne connue',
  'timeline.precisionBounded': 'Date absente du texte',
  'timeline.precisionApproximate':
    '{precision, select, year {Approximative, à l’année près} month {Approximative, au mois près} other {Approximative, au jour près}}',
  'timeline.precisionExact':
    '{precision, select, year {Précise à l’année} month {Précise au mois} other {Précise au jour}}',
  'timeline.originEditor': 'Date donnée par le rédacteur qui a ajouté l’article.',
  'timeline.originStated': 'Date tirée du texte : « {phrase} »',
  'timeline.originRelative': '« {phrase} » dans un article ({published})',
  'timeline.originRelativeUndated': '« {phrase} » dans son article',
  'timeline.originUndated':
    '{reason} Il est classé à part, sous « Non daté », et n’est pas placé sur la chronologie.',
  'timeline.originUndatedPhrase':
    '{reason} Les mots « {phrase} » ne donnent pas de date. Il est classé à part, sous « Non daté », et n’est pas placé sur la chronologie.',
  'timeline.originBounded':
    'Le texte ne donne pas de date ; on sait seulement qu’il se situe {bounds, select, after {après {after}} before {avant {before}} other {après {after} et avant {before}}}.',
  'timeline.originBoundedPhrase':
    'Le texte ne donne pas de date (« {phrase} ») ; on sait seulement qu’il se situe {bounds, select, after {après {after}} before {avant {before}} other {après {after} et avant {before}}}.',
  'timeline.drawnBack': 'La chronologie le dessine s’achevant à {before} et remontant jusqu’à {after}.',
  'timeline.drawnBackOpen': 'La chronologie le dessine s’achevant à {before} et remontant dans le passé.',
  'timeline.drawnForward': 'La chronologie le dessine de {after} jusqu’au moment où il a été rapporté.',

  'timeline.windowTooWide':
    '{years, plural, one {la chronologie affiche au plus # an à la fois} other {la chronologie affiche au plus # ans à la fois}}',
  'timeline.windowEmpty': 'aucun événement ne se situe entre les deux',
};
