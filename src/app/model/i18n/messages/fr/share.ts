import type { share as en } from '../en/share';
import type { Translation } from '../translation';

export const share: Translation<typeof en> = {
  // Intégrer
  'share.embed': 'Intégrer',
  'share.embedTitle': 'Intégrer cette frise',
  'share.embedNoAddress':
    'Cette frise a été {from, select, file {ouverte depuis « {name} » sur cet ordinateur} other {modifiée sur cette page}}, or une frise intégrée ne peut montrer qu’un jeu de données publié sur le web. Exportez-la en Newsline JSON, mettez le fichier en ligne, ouvrez-le ici avec {parameter} suivi de son adresse, puis intégrez-le.',
  'share.keptLegend': 'La frise intégrée s’ouvre avec',
  'share.keptEvent': 'l’événement sélectionné',
  'share.keptFilter': 'le filtre d’acteurs et la recherche',
  'share.keptWindow': 'la période affichée',
  'share.width': 'Largeur',
  'share.widthFull': 'Pleine largeur (100 %)',
  'share.widthPixels': '{width, number, ::group-off} px',
  'share.heightPixels': 'Hauteur (px)',
  'share.language': 'Langue',
  'share.origin': 'Origine de votre site (facultatif : votre page pourra piloter la frise)',
  'share.originHelp': 'Les messages ne sont échangés qu’avec cette origine.',
  'share.originInvalid': 'Indiquez une origine comme {example}, sans chemin.',
  'share.viewLegend': 'Affichage',
  'share.modeTimeline': 'Frise',
  'share.modeStory': 'Récit, un événement à la fois',
  'share.suggested': '{mode, select, story {(suggéré)} other {(suggérée)}}',
  'share.storyBelow': 'Suggérer le récit pour les cadres plus étroits ou moins hauts que (px)',
  'share.code': 'Code à coller dans votre page',
  'share.copyCode': 'Copier le code',
  'share.previewFullWidth': 'Aperçu en pleine largeur × {height, number, ::group-off} px',
  'share.previewAt': 'Aperçu en {width, number, ::group-off} px × {height, number, ::group-off} px',
  'share.preview': 'Aperçu',
  'share.previewFrame': 'Aperçu de la frise intégrée',
  'share.frameTitle': 'Frise : {title}',
  // Exporter
  'share.export': 'Exporter',
  'share.exportTitle': 'Exporter cette frise',
  'share.formatLegend': 'Format de fichier',
  'share.formatNewsline': 'Newsline JSON',
  'share.formatTimelinejs': 'TimelineJS JSON',
  'share.formatCsv': 'CSV (tableur TimelineJS)',
  'share.formatNewslineHelp': 'Tout : dates, acteurs, citations, sources et extraits. S’ouvre dans Newsline.',
  'share.formatTimelinejsHelp': 'Pour TimelineJS : les événements avec leurs dates, titres et textes.',
  'share.formatCsvHelp': 'Les colonnes du tableur de TimelineJS : s’ouvre dans un tableur ou TimelineJS.',
  'share.eventsLegend': 'Événements',
  'share.allEvents': '{count, plural, one {L’unique événement} other {Les # événements}}',
  'share.onlyShown': '{shown} affichés, restreints par {narrowing}',
  'share.onlyShownNone':
    'Seulement les événements affichés (aucun filtre d’acteurs ni recherche : ce sont donc tous)',
  'share.cannotHold': '{format} ne peut pas contenir, et ce fichier omet :',
  'share.download': 'Télécharger {fileName}',
  'share.downloadedEvents':
    '{fileName} téléchargé : {count, plural, one {# événement} other {# événements}}.',
  'share.madeHere': 'Fichiers et images sont créés dans ce navigateur ; rien n’est envoyé nulle part.',
  'share.csvNoIds':
    'Un tableur n’a pas de colonne pour les identifiants {eras, select, yes {des événements et des périodes} other {des événements}} : ils sont recréés à partir des titres à l’ouverture.',
  // Partager une image
  'share.pictures': 'Partager une image',
  'share.png': 'PNG de la vue actuelle',
  'share.svg': 'SVG de toute la frise filtrée',
  'share.print': 'Imprimer ou enregistrer en PDF…',
  'share.picturesHelp':
    'Le PNG montre la frise telle qu’elle s’affiche ; le SVG et le PDF contiennent {count, plural, one {l’unique événement} other {les # événements}} que le filtre d’acteurs et la recherche affichent, par ordre chronologique. Chacun porte le titre, les éditeurs de ses sources et la date d’export. Pour un PDF, choisissez « Enregistrer au format PDF » comme imprimante.',
  'share.picturesHelpFirst':
    'Le PNG montre la frise telle qu’elle s’affiche ; le SVG et le PDF contiennent {count, plural, one {l’unique événement} other {les # événements}} que le filtre d’acteurs et la recherche affichent, par ordre chronologique (les {count, number} premiers sur {shown, number}). Chacun porte le titre, les éditeurs de ses sources et la date d’export. Pour un PDF, choisissez « Enregistrer au format PDF » comme imprimante.',
  'share.drawing': 'Dessin de l’image…',
  'share.downloadedView': '{fileName} téléchargé : la vue actuelle.',
  'share.drawingFailed':
    'L’image n’a pas pu être dessinée : {reason}. Une image d’un autre site qui ne l’autorise pas peut empêcher le dessin ; les exports de données ci-dessus fonctionnent toujours.',
  'share.noView': 'la vue n’est pas sur la page',
  'share.noEvents': 'la frise n’a aucun événement à mettre en page',
  'share.noCanvas': 'ce navigateur ne sait pas dessiner sur un canevas',
  'share.emptyPicture': 'l’image est vide',
  // Le bandeau au pied de l’image
  'share.credits': 'Sources : {publishers}',
  'share.creditsNone': 'Sources : aucun éditeur nommé par les événements affichés',
  'share.morePublishers': '{count, plural, one {# autre} other {# autres}}',
  'share.exportedOn': 'Exporté depuis Newsline le {date}',
  'share.fileNameFallback': 'frise',
};
