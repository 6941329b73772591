import type { edit as en } from '../en/edit';
import type { Translation } from '../translation';

export const edit: Translation<typeof en> = {
  'edit.start': 'Modifier',
  'edit.bar.label': 'Mode édition',
  'edit.bar.previewing': 'Aperçu de votre chronologie modifiée.',
  'edit.bar.editing': 'Modification en cours.',
  'edit.bar.notStored': 'Non enregistré : {problem}. Téléchargez vos modifications pour les conserver.',
  'edit.bar.browserRefused': 'le navigateur a refusé',
  'edit.bar.storing': 'Enregistrement…',
  'edit.bar.allUndone':
    'Toutes les modifications sont annulées : Rétablir les restaure. Tout est enregistré dans ce navigateur.',
  'edit.bar.noEdits':
    'Aucune modification pour l’instant. Chaque changement est enregistré dans ce navigateur au fur et à mesure.',
  'edit.bar.edits':
    '{count, plural, one {# modification, enregistrée dans ce navigateur.} other {# modifications, toutes enregistrées dans ce navigateur.}}',
  'edit.bar.undo': 'Annuler',
  'edit.bar.redo': 'Rétablir',
  'edit.bar.actors': 'Acteurs…',
  'edit.bar.passage': 'Événement d’un passage…',
  'edit.bar.dropped': 'Retirés ({count})',
  'edit.bar.bringBack': 'Remettre',
  'edit.bar.preview': 'Aperçu',
  'edit.bar.publish': 'Publier…',

  'edit.problem.notEditing': 'pas en mode édition',
  'edit.problem.textNotKept': 'le texte de cet article n’est pas conservé ici',
  'edit.problem.selectWords': 'sélectionnez d’abord des mots de l’article',
  'edit.problem.actorName': 'écrivez le nom d’un acteur',
  'edit.problem.noRoom':
    'le navigateur n’a plus de place (libérez de l’espace ou téléchargez la chronologie)',
  'edit.problem.noLongerKept': 'ce navigateur ne conserve plus la chronologie « {id} »',

  'edit.notice.cannotKeep':
    'Ce navigateur n’a pas pu conserver la chronologie ; elle ne peut donc pas être modifiée ici : {problem}',
  'edit.notice.kept': '« {title} » est conservée dans ce navigateur : rouvrez-la depuis Mes chronologies.',
  'edit.notice.noSuchTimeline':
    'Ce navigateur ne conserve aucune chronologie « {id} » : la chronologie intégrée s’affiche à la place.',
  'edit.notice.damaged': 'La chronologie conservée « {title} » est endommagée et ne peut pas être ouverte.',
  'edit.notice.unreadable':
    '{count, plural, one {# modification enregistrée n’a pas pu être lue et a été écartée.} other {# modifications enregistrées n’ont pas pu être lues et ont été écartées.}}',
  'edit.notice.noLongerApplies':
    'La modification {number} ne s’applique plus ({problems}) ; les modifications suivantes ont été écartées.',
  'edit.notice.articleRefused': 'Les événements de l’article n’ont pas pu être ajoutés : {problems}',

  'edit.event.title': 'Titre',
  'edit.event.summary': 'Résumé',
  'edit.actors.heading': 'Acteurs',
  'edit.actors.none': 'Aucun acteur pour l’instant.',
  'edit.actors.remove': 'Retirer {name} de cet événement',
  'edit.actors.add': 'Ajouter un acteur',
  'edit.actors.addButton': 'Ajouter',
  'edit.statements.quotes': 'Citations',
  'edit.statements.paraphrases': 'Propos rapportés',
  'edit.statements.quoted': '« {text} »',
  'edit.statements.speaker': 'Locuteur',
  'edit.statements.notStated': 'Non précisé',
  'edit.statements.toParaphrase': 'En faire un propos rapporté',
  'edit.statements.toQuote': 'En faire une citation',
  'edit.sources.heading': 'Sources de l’événement',
  'edit.sources.unknown': 'Source inconnue',
  'edit.sources.split': 'En faire un événement distinct',
  'edit.source.name': '{publisher} : {title}',
  'edit.source.noPublisher': 'Éditeur non précisé',
  'edit.merge.heading': 'Fusionner',
  'edit.merge.eventLabel': 'Un autre événement qui relate le même fait',
  'edit.merge.eventPlaceholder': 'Choisir un événement…',
  'edit.merge.eventOption': '{date} : {title}',
  'edit.merge.intoThis': 'Fusionner avec celui-ci',
  'edit.drop.button': 'Retirer cet événement',
  'edit.drop.hint': 'Les événements retirés peuvent être remis depuis la barre d’édition.',

  'edit.date.heading': 'Date de l’événement',
  'edit.date.how': 'Comment l’événement est daté',
  'edit.date.dated': 'À une date, ou sur une période',
  'edit.date.bounded': 'Inconnue : seulement des bornes, ou non daté',
  'edit.date.start': 'Date, ou premier jour',
  'edit.date.end': 'Dernier jour (période)',
  'edit.date.approximate': 'Approximative',
  'edit.date.after': 'En ou après',
  'edit.date.before': 'En ou avant',
  'edit.date.placeholder': 'AAAA-MM-JJ',
  'edit.date.hint': 'Écrivez 2025, 2025-03 ou 2025-03-28 : la longueur donne la précision.',
  'edit.date.hintBounded': 'Sans aucune borne, l’événement est non daté.',

  'edit.media.heading': 'Média',
  'edit.media.kind': 'Type de média',
  'edit.media.image': 'Une image',
  'edit.media.link': 'Un lien vers une vidéo ou une publication',
  'edit.media.url': 'Adresse (https://…)',
  'edit.media.alt': 'Texte alternatif',
  'edit.media.altHint': 'Obligatoire : ce que montre l’image, pour les lecteurs qui ne la voient pas.',
  'edit.media.label': 'Texte du lien',
  'edit.media.caption': 'Légende',
  'edit.media.credit': 'Crédit',
  'edit.media.save': 'Enregistrer le média',
  'edit.media.add': 'Ajouter le média',
  'edit.media.remove': 'Retirer le média',

  'edit.actorsDialog.title': 'Chronologie et acteurs',
  'edit.timeline.title': 'Titre de la chronologie',
  'edit.timeline.description': 'Présentation',
  'edit.actor.name': 'Nom',
  'edit.actor.kind': 'Type',
  'edit.actor.kindName':
    '{kind, select, person {Personne} organisation {Organisation} country {Pays} other {Groupe}}',
  'edit.actor.aliases': 'Autres noms, séparés par des virgules',
  'edit.actor.sameAs': 'Le même acteur que',
  'edit.actor.placeholder': 'Choisir un acteur…',
  'edit.actor.mergeInto': 'Fusionner dans {name}',

  'edit.eras.heading': 'Périodes',
  'edit.eras.hint':
    'Des périodes nommées, dessinées en bandes derrière les événements. Une date peut être une année, un mois ou un jour (AAAA, AAAA-MM ou AAAA-MM-JJ) ; une période court jusqu’à la fin de sa dernière date.',
  'edit.eras.placeholder': 'ex. 2021-08',
  'edit.eras.title': 'Période',
  'edit.eras.starts': 'Début',
  'edit.eras.ends': 'Fin',
  'edit.eras.remove': 'Retirer',
  'edit.eras.removeNamed': 'Retirer la période {title}',
  'edit.eras.newTitle': 'Nouvelle période',
  'edit.eras.addForm': 'Ajouter une période',
  'edit.eras.add': 'Ajouter la période',

  'edit.passage.title': 'Un événement tiré d’un passage',
  'edit.passage.article': 'Article source',
  'edit.passage.textNotKept': '{source} (texte non conservé ici)',
  'edit.passage.bringText':
    'Ce navigateur ne conserve pas le texte de cet article. Collez-le, ou ouvrez son fichier (le {md} ou le {txt} dans {folder}) : il est comparé aux extraits qui en sont tirés, puis conservé avec cette chronologie, dans ce navigateur uniquement.',
  'edit.passage.text': 'Le texte de l’article',
  'edit.passage.keep': 'Conserver ce texte',
  'edit.passage.openFile': 'Ouvrir son fichier…',
  'edit.passage.notThisText': 'Ce n’est pas le texte dont viennent les extraits de la chronologie :',
  'edit.passage.hint':
    'Sélectionnez les mots sur lesquels repose l’événement. Les mots surlignés sont déjà des extraits d’événements.',
  'edit.passage.find': 'Ou cherchez les mots',
  'edit.passage.select': 'Les sélectionner',
  'edit.passage.notFound': '« {words} » ne figure pas dans cet article (la casse compte).',
  'edit.passage.chosen': 'Passage : « {excerpt} » (à partir du caractère {offset, number, ::group-off})',
  'edit.passage.noneChosen': 'Aucun mot sélectionné pour l’instant.',
  'edit.passage.eventTitle': 'Titre du nouvel événement',
  'edit.passage.date': 'Date (vide : non daté)',
  'edit.passage.create': 'Ajouter l’événement',

  'edit.kept.title': 'Mes chronologies',
  'edit.kept.hint':
    'Les chronologies que vous modifiez sont conservées dans ce navigateur, avec chaque modification, jusqu’à ce que vous les supprimiez. Rien n’est envoyé à un serveur.',
  'edit.kept.unreadable': 'Le stockage de ce navigateur n’a pas pu être lu : {error}',
  'edit.kept.deleted': '« {title} » supprimée.',
  'edit.kept.reading': 'Lecture…',
  'edit.kept.none':
    'Aucune chronologie n’est encore conservée dans ce navigateur. Appuyez sur Modifier sur une chronologie pour commencer.',
  'edit.kept.open': 'ouverte',
  'edit.kept.meta':
    'Dernière modification : {when} · {count, plural, one {# modification} other {# modifications}} · source : {origin}',
  'edit.kept.thisPage': 'cette page',
  'edit.kept.copy': '{title} (copie)',
  'edit.kept.openButton': 'Ouvrir',
  'edit.kept.openNamed': 'Ouvrir {title}',
  'edit.kept.duplicate': 'Dupliquer',
  'edit.kept.duplicateNamed': 'Dupliquer {title}',
  'edit.kept.delete': 'Supprimer',
  'edit.kept.deleteNamed': 'Supprimer {title}',
  'edit.kept.confirm': 'Confirmer la suppression',
  'edit.kept.deleteIt': 'La supprimer ?',
  'edit.kept.yesDelete': 'Oui, supprimer',
  'edit.kept.keepIt': 'La garder',

  'edit.publish.title': 'Publier cette chronologie',
  'edit.publish.dataset': 'Le jeu de données',
  'edit.publish.datasetText':
    '{file}, tel que l’écrit {command} : servez-le à côté de l’application et ouvrez-le avec {param}. Les autres formats sont sous Exporter.',
  'edit.publish.downloadDataset': 'Télécharger events.json',
  'edit.publish.site': 'Un site statique',
  'edit.publish.siteText':
    'Toute l’application avec cette chronologie, dans un zip : décompressez-le dans un dossier de n’importe quel hébergement statique. Son {readme} explique comment, et donne le code d’intégration.',
  'edit.publish.downloadSite': 'Télécharger le site (.zip)',
  'edit.publish.edits': 'Les modifications, pour la ligne de commande',
  'edit.publish.editsText':
    '{count, plural, one {# modification} other {# modifications}} sous forme de fichier de curation. Lancez {command} sur les mêmes articles pour obtenir le même jeu de données, ou collez son {edits} dans {file}.',
  'edit.publish.downloadEdits': 'Télécharger les modifications',
  'edit.publish.link': 'Un lien qui contient la chronologie',
  'edit.publish.downloadedDataset':
    '{file} téléchargé : {count, plural, one {# événement} other {# événements}}.',
  'edit.publish.packing': 'Préparation…',
  'edit.publish.packingFiles':
    'Préparation… {packed} sur {total, plural, one {# fichier} other {# fichiers}}',
  'edit.publish.downloadedSite': '{file} téléchargé : {count, plural, one {# fichier} other {# fichiers}}.',
  'edit.publish.downloadedEdits':
    '{file} téléchargé : {count, plural, one {# modification} other {# modifications}}.',
  'edit.publish.noBuild':
    'Cette copie de Newsline ne peut pas s’empaqueter elle-même : elle n’a pas la liste de ses fichiers compilés (site-files.json). Téléchargez le site depuis une application compilée (npm run build, puis npm start), pas depuis le serveur de développement.',
  'edit.publish.fetchFailed':
    'Impossible de récupérer {path} depuis cette application : vérifiez la connexion et réessayez.',
  'edit.publish.fetchRefused':
    'Impossible de récupérer {path} depuis cette application (HTTP {status}). Si l’application a été mise à jour depuis l’ouverture de cette page, rechargez la page et réessayez.',

  'edit.link.packing': 'Préparation du lien…',
  'edit.link.tooLarge':
    'Cette chronologie est trop grande pour tenir dans un lien : il faudrait {chars, plural, one {# caractère} other {# caractères}}, et un lien en contient au plus {max}. Téléchargez le site ci-dessus, ou hébergez {file} et liez-le avec {param}.',
  'edit.link.travels':
    'La chronologie voyage dans le lien ({count} sur {max, plural, one {# caractère} other {# caractères}}), après le {hash}, que les navigateurs n’envoient jamais à un serveur. Les lecteurs la voient telle que publiée maintenant : les modifications ultérieures demandent un nouveau lien.',
  'edit.link.link': 'Lien',
  'edit.link.copyLink': 'Copier le lien',
  'edit.link.embed': 'Code d’intégration',
  'edit.link.copyEmbed': 'Copier le code',
};
