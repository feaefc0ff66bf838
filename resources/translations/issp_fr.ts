<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AssessmentGridModel</name>
        <message>
            <source>words/min (≥ {0})</source>
            <translation>mots/min (≥ {0})</translation>
        </message>
        <message>
            <source>accuracy % (≥ {0})</source>
            <translation>précision % (≥ {0})</translation>
        </message>
        <message>
            <source>score (≥ {0})</source>
            <translation>note (≥ {0})</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0} : {1}</translation>
        </message>
        <message>
            <source>{0} — {1}: {2} {3}</source>
            <translation>{0} — {1} : {2} {3}</translation>
        </message>
        <message>
            <source>{0}: {1} (not saved yet)</source>
            <translation>{0} : {1} (pas encore enregistré)</translation>
        </message>
        <message>
            <source>{0}: no result yet</source>
            <translation>{0} : pas encore de résultat</translation>
        </message>
        <message>
            <source>{0}: passed</source>
            <translation>{0} : réussi</translation>
        </message>
        <message>
            <source>{0}: not passed</source>
            <translation>{0} : non réussi</translation>
        </message>
        <message>
            <source>{0}, {1}: {2}</source>
            <translation>{0}, {1} : {2}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentGridTab</name>
        <message>
            <source>Type a result and press Enter for the next trainee or Tab for the next column. ✔ passed, ✘ not passed, • not saved yet. Save writes all the new results (each one a new attempt) or none.</source>
            <translation>Saisissez un résultat puis appuyez sur Entrée pour le stagiaire suivant ou sur Tab pour la colonne suivante. ✔ réussi, ✘ non réussi, • pas encore enregistré. Enregistrer écrit tous les nouveaux résultats (chacun une nouvelle tentative) ou aucun.</translation>
        </message>
        <message>
            <source>Date the assessment was taken</source>
            <translation>Date de l'évaluation</translation>
        </message>
        <message>
            <source>&amp;Taken on:</source>
            <translation>&amp;Passée le :</translation>
        </message>
        <message>
            <source>Assessment results: trainees by module</source>
            <translation>Résultats des évaluations : stagiaires par module</translation>
        </message>
        <message>
            <source>&amp;Save results</source>
            <translation>&amp;Enregistrer les résultats</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>This cohort has no modules yet: add them on the Curriculum tab.</source>
            <translation>Cette promotion n'a pas encore de modules : ajoutez-les dans l'onglet Programme.</translation>
        </message>
        <message>
            <source>This cohort has no trainees yet.</source>
            <translation>Cette promotion n'a pas encore de stagiaires.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) not saved</source>
            <translation>
                <numerusform>%n résultat non enregistré</numerusform>
                <numerusform>%n résultats non enregistrés</numerusform>
            </translation>
        </message>
        <message>
            <source>Not accepted — {0}</source>
            <translation>Refusé — {0}</translation>
        </message>
        <message>
            <source>Typing needs both speed and accuracy: {0}. Nothing was saved.</source>
            <translation>La dactylographie demande la vitesse et la précision : {0}. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Saved {0} result(s); {1} passed.</source>
            <translation>{0} résultat(s) enregistré(s) ; {1} réussi(s).</translation>
        </message>
        <message>
            <source>Nothing was saved: {0}</source>
            <translation>Rien n'a été enregistré : {0}</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Door kiosk</source>
            <translation>Borne d'entrée</translation>
        </message>
        <message>
            <source>Monthly summary</source>
            <translation>Bilan mensuel</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Jours fériés</translation>
        </message>
        <message>
            <source>Punches</source>
            <translation>Pointages</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummaryModel</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Filter by user, action or record…</source>
            <translation>Filtrer par utilisateur, action ou fiche…</translation>
        </message>
        <message>
            <source>Filter the audit trail</source>
            <translation>Filtrer le journal d'audit</translation>
        </message>
        <message>
            <source>&amp;Verify the trail</source>
            <translation>&amp;Vérifier le journal</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Entrées d'audit</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Audit trail&lt;/h2&gt;Every change anybody made, newest first. Entries can never be changed or removed; Verify proves it.</source>
            <translation>&lt;h2&gt;Journal d'audit&lt;/h2&gt;Chaque modification faite par quiconque, la plus récente d'abord. Les entrées ne peuvent jamais être modifiées ni supprimées ; Vérifier le prouve.</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} entrées</translation>
        </message>
        <message>
            <source>Checking every entry…</source>
            <translation>Vérification de chaque entrée…</translation>
        </message>
        <message>
            <source>✔ Intact: all {0} entries check out; nothing was changed or removed.</source>
            <translation>✔ Intact : les {0} entrées sont valides ; rien n'a été modifié ni supprimé.</translation>
        </message>
        <message>
            <source>✘ Broken at entry {0}: {1}. The {2} entries before it check out.</source>
            <translation>✘ Rompu à l'entrée {0} : {1}. Les {2} entrées précédentes sont valides.</translation>
        </message>
    </context>
    <context>
        <name>BadgeDialog</name>
        <message>
            <source>Badge number</source>
            <translation>Numéro de badge</translation>
        </message>
        <message>
            <source>New badge number</source>
            <translation>Nouveau numéro de badge</translation>
        </message>
        <message>
            <source>empty: the next unused number</source>
            <translation>vide : le prochain numéro libre</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Personne :</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Actuel :</translation>
        </message>
        <message>
            <source>no badge</source>
            <translation>pas de badge</translation>
        </message>
        <message>
            <source>&amp;New number:</source>
            <translation>&amp;Nouveau numéro :</translation>
        </message>
    </context>
    <context>
        <name>BadgeModel</name>
        <message>
            <source>— none —</source>
            <translation>— aucun —</translation>
        </message>
    </context>
    <context>
        <name>BadgePeopleModel</name>
        <message>
            <source>none yet</source>
            <translation>pas encore</translation>
        </message>
    </context>
    <context>
        <name>BadgeTab</name>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <source>Everybody</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>People and their badge numbers</source>
            <translation>Personnes et numéros de badge</translation>
        </message>
        <message>
            <source>Badges to P&amp;DF…</source>
            <translation>Badges en P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation>É&amp;tape :</translation>
        </message>
        <message>
            <source>C&amp;ohort:</source>
            <translation>Pr&amp;omotion :</translation>
        </message>
        <message>
            <source>Select people, or none for everybody listed.</source>
            <translation>Sélectionnez des personnes, ou aucune pour toutes celles de la liste.</translation>
        </message>
        <message>
            <source>Any cohort</source>
            <translation>Toute promotion</translation>
        </message>
        <message>
            <source>{0} people, {1} with a badge number.</source>
            <translation>{0} personnes, {1} avec un numéro de badge.</translation>
        </message>
        <message>
            <source>No badge number yet (not printed): {0}</source>
            <translation>Pas encore de numéro de badge (non imprimés) : {0}</translation>
        </message>
        <message>
            <source>Save the badges as</source>
            <translation>Enregistrer les badges sous</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Nobody is listed.</source>
            <translation>Personne dans la liste.</translation>
        </message>
        <message>
            <source>Printing badges…</source>
            <translation>Impression des badges…</translation>
        </message>
        <message>
            <source>Printed {0} badge(s) into {1}.</source>
            <translation>{0} badge(s) imprimé(s) dans {1}.</translation>
        </message>
        <message>
            <source>Left out, no badge number: {0}.</source>
            <translation>Laissés de côté, sans numéro de badge : {0}.</translation>
        </message>
    </context>
    <context>
        <name>BadgesTab</name>
        <message>
            <source>Find a name or badge number</source>
            <translation>Chercher un nom ou un numéro de badge</translation>
        </message>
        <message>
            <source>Trainees too</source>
            <translation>Stagiaires aussi</translation>
        </message>
        <message>
            <source>Badge numbers</source>
            <translation>Numéros de badge</translation>
        </message>
        <message>
            <source>&amp;Give numbers to everybody without one</source>
            <translation>&amp;Numéroter tous ceux qui n'en ont pas</translation>
        </message>
        <message>
            <source>&amp;Change number…</source>
            <translation>&amp;Changer le numéro…</translation>
        </message>
        <message>
            <source>{0} people, {1} without a badge</source>
            <translation>{0} personnes, {1} sans badge</translation>
        </message>
        <message>
            <source>Gave {0} people badge numbers {1} to {2}.</source>
            <translation>{0} personnes ont reçu les numéros de badge {1} à {2}.</translation>
        </message>
        <message>
            <source>Everybody already has a badge number.</source>
            <translation>Tout le monde a déjà un numéro de badge.</translation>
        </message>
        <message>
            <source>Choose a person in the list first.</source>
            <translation>Choisissez d'abord une personne dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>BatchBoardModel</name>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Units done</source>
            <translation>Unités faites</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livré</translation>
        </message>
        <message>
            <source>Accuracy %</source>
            <translation>Précision %</translation>
        </message>
        <message>
            <source>{0} — late</source>
            <translation>{0} — en retard</translation>
        </message>
        <message>
            <source>{0} — QA failed</source>
            <translation>{0} — échec au contrôle qualité</translation>
        </message>
    </context>
    <context>
        <name>BatchBoardView</name>
        <message>
            <source>Open batches</source>
            <translation>Lots ouverts</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Échéance cette semaine</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Failed QA</source>
            <translation>Échec au contrôle qualité</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tout statut</translation>
        </message>
        <message>
            <source>Batch reference</source>
            <translation>Référence du lot</translation>
        </message>
        <message>
            <source>&amp;New batch…</source>
            <translation>&amp;Nouveau lot…</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Client :</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Projet :</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>Tous les projets</translation>
        </message>
        <message>
            <source>{0} batches</source>
            <translation>{0} lots</translation>
        </message>
    </context>
    <context>
        <name>BatchDetailView</name>
        <message>
            <source>Choose a batch on the board.</source>
            <translation>Choisissez un lot sur le tableau.</translation>
        </message>
        <message>
            <source>Move the batch to</source>
            <translation>Passer le lot à</translation>
        </message>
        <message>
            <source>Note for the move (optional)</source>
            <translation>Note pour le changement (facultatif)</translation>
        </message>
        <message>
            <source>Note for the status change</source>
            <translation>Note pour le changement de statut</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Changer</translation>
        </message>
        <message>
            <source>Record &amp;work…</source>
            <translation>Saisir le &amp;travail…</translation>
        </message>
        <message>
            <source>&amp;Quality check…</source>
            <translation>Contrôle &amp;qualité…</translation>
        </message>
        <message>
            <source>&amp;Assign workers…</source>
            <translation>&amp;Affecter des travailleurs…</translation>
        </message>
        <message>
            <source>Remo&amp;ve worker…</source>
            <translation>Reti&amp;rer un travailleur…</translation>
        </message>
        <message>
            <source>Take the chosen worker off this batch (only while no work is logged by them)</source>
            <translation>Retirer le travailleur choisi de ce lot (seulement s'il n'a saisi aucun travail)</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Workers on the batch</source>
            <translation>Travailleurs sur le lot</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Quand (UTC)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Tour</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Échantillon</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Contrôlé</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <source>Accuracy %</source>
            <translation>Précision %</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Par catégorie</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Quality checks</source>
            <translation>Contrôles qualité</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historique des statuts</translation>
        </message>
        <message>
            <source>Work logs</source>
            <translation>Relevés de travail</translation>
        </message>
        <message>
            <source>Remove worker</source>
            <translation>Retirer le travailleur</translation>
        </message>
        <message>
            <source>  LATE</source>
            <translation>  EN RETARD</translation>
        </message>
        <message>
            <source>{0}{1}. {2} of {3} {4} done. Received {5}, due {6}{7}. Target accuracy {8} %, proposed QA sample {9} units. Price {10} {11} per unit.</source>
            <translation>{0}{1}. {2} sur {3} {4} faits. Reçu le {5}, échéance le {6}{7}. Précision visée {8} %, échantillon de contrôle proposé {9} unités. Prix {10} {11} l'unité.</translation>
        </message>
        <message>
            <source>, delivered {0}</source>
            <translation>, livré le {0}</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>réussi</translation>
        </message>
        <message>
            <source>failed → rework</source>
            <translation>échoué → reprise</translation>
        </message>
        <message>
            <source>{0} cannot be removed from {1}: they have {2} units ({3} hours) of work logged on it, and the logs keep them on the batch (rework is attributed to them too).</source>
            <translation>{0} ne peut pas être retiré de {1} : {2} unités ({3} heures) de travail y sont saisies, et ces relevés le gardent sur le lot (les reprises lui sont aussi attribuées).</translation>
        </message>
        <message>
            <source>Take {0} off batch {1}?</source>
            <translation>Retirer {0} du lot {1} ?</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>New batch</source>
            <translation>Nouveau lot</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Projet :</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>&amp;Units expected:</source>
            <translation>&amp;Unités attendues :</translation>
        </message>
        <message>
            <source>R&amp;eceived:</source>
            <translation>R&amp;eçu le :</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote :</translation>
        </message>
    </context>
    <context>
        <name>BatchWorkersDialog</name>
        <message>
            <source>Workers on {0}</source>
            <translation>Travailleurs sur {0}</translation>
        </message>
        <message>
            <source>Type to find a worker</source>
            <translation>Tapez pour trouver un travailleur</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>&amp;Workers:</source>
            <translation>&amp;Travailleurs :</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkDialog</name>
        <message>
            <source>Add a benchmark</source>
            <translation>Ajouter une référence</translation>
        </message>
        <message>
            <source>per month, e.g. 16,113.75</source>
            <translation>par mois, p. ex. 16 113,75</translation>
        </message>
        <message>
            <source>where it applies, e.g. Nairobi</source>
            <translation>où elle s'applique, p. ex. Nairobi</translation>
        </message>
        <message>
            <source>publication, legal notice or survey</source>
            <translation>publication, avis légal ou enquête</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (optional)</source>
            <translation>AAAA-MM-JJ (facultatif)</translation>
        </message>
        <message>
            <source>&amp;Benchmark</source>
            <translation>&amp;Référence</translation>
        </message>
        <message>
            <source>In force &amp;from</source>
            <translation>En vigueur &amp;depuis</translation>
        </message>
        <message>
            <source>&amp;Amount a month</source>
            <translation>&amp;Montant par mois</translation>
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation>De&amp;vise</translation>
        </message>
        <message>
            <source>Applies &amp;to</source>
            <translation>S'applique &amp;à</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Source</translation>
        </message>
        <message>
            <source>Source &amp;date</source>
            <translation>&amp;Date de la source</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkEditorDialog</name>
        <message>
            <source>Impact benchmarks</source>
            <translation>Références d'impact</translation>
        </message>
        <message>
            <source>The income figures compare current earnings with the benchmark of each kind in force on the period's last day. Rows are never edited: add a newer row to change a figure. Check figures marked "check the source" before relying on them.</source>
            <translation>Les chiffres de revenu comparent les gains actuels à la référence de chaque type en vigueur le dernier jour de la période. Les lignes ne sont jamais modifiées : ajoutez une ligne plus récente pour changer un chiffre. Contrôlez les chiffres marqués « vérifier la source » avant de vous y fier.</translation>
        </message>
        <message>
            <source>Benchmarks</source>
            <translation>Références</translation>
        </message>
        <message>
            <source>&amp;Add a dated row…</source>
            <translation>&amp;Ajouter une ligne datée…</translation>
        </message>
        <message>
            <source>Add the &amp;Kenyan defaults</source>
            <translation>Ajouter les valeurs &amp;kényanes</translation>
        </message>
        <message>
            <source>No benchmarks yet: the income shares cannot be worked out until there are some.</source>
            <translation>Pas encore de références : les parts de revenu ne peuvent pas être calculées sans elles.</translation>
        </message>
        <message>
            <source>Added the {0} from {1}.</source>
            <translation>{0} ajouté à partir du {1}.</translation>
        </message>
        <message>
            <source>Added {0} rows.</source>
            <translation>{0} lignes ajoutées.</translation>
        </message>
        <message>
            <source>The Kenyan defaults are all recorded already.</source>
            <translation>Les valeurs kényanes sont déjà toutes enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>BrandingTab</name>
        <message>
            <source>Look and signatory</source>
            <translation>Apparence et signataire</translation>
        </message>
        <message>
            <source>Accent colour</source>
            <translation>Couleur d'accent</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Signatory's name</source>
            <translation>Nom du signataire</translation>
        </message>
        <message>
            <source>Signatory's title</source>
            <translation>Titre du signataire</translation>
        </message>
        <message>
            <source>&amp;Save look and signatory</source>
            <translation>&amp;Enregistrer l'apparence et le signataire</translation>
        </message>
        <message>
            <source>Accent colour:</source>
            <translation>Couleur d'accent :</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Nom du signataire :</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Titre du signataire :</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo :</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Signature :</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Wording per programme</source>
            <translation>Texte par programme</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Progress certificate title</source>
            <translation>Titre du certificat de progression</translation>
        </message>
        <message>
            <source>Progress certificate wording</source>
            <translation>Texte du certificat de progression</translation>
        </message>
        <message>
            <source>Skill certificate title</source>
            <translation>Titre du certificat de compétences</translation>
        </message>
        <message>
            <source>Skill certificate wording</source>
            <translation>Texte du certificat de compétences</translation>
        </message>
        <message>
            <source>Save &amp;wording</source>
            <translation>Enregistrer le &amp;texte</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programme :</translation>
        </message>
        <message>
            <source>Progress title:</source>
            <translation>Titre de progression :</translation>
        </message>
        <message>
            <source>Progress wording:</source>
            <translation>Texte de progression :</translation>
        </message>
        <message>
            <source>Skill title:</source>
            <translation>Titre de compétences :</translation>
        </message>
        <message>
            <source>Skill wording:</source>
            <translation>Texte de compétences :</translation>
        </message>
        <message>
            <source>The wording may use {programme}, {cohort} and {centre}.</source>
            <translation>Le texte peut utiliser {programme}, {cohort} et {centre}.</translation>
        </message>
        <message>
            <source>Signing key and trusted centres</source>
            <translation>Clé de signature et centres de confiance</translation>
        </message>
        <message>
            <source>&amp;Export our public key…</source>
            <translation>&amp;Exporter notre clé publique…</translation>
        </message>
        <message>
            <source>Trusted centres</source>
            <translation>Centres de confiance</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Importé par</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>&amp;Trust a centre's key file…</source>
            <translation>Faire &amp;confiance à la clé d'un centre…</translation>
        </message>
        <message>
            <source>Stop trusting</source>
            <translation>Ne plus faire confiance</translation>
        </message>
        <message>
            <source>Every programme (default)</source>
            <translation>Chaque programme (par défaut)</translation>
        </message>
        <message>
            <source>This centre signs its certificates with key {0} (fingerprint {1}). Give the exported key file to employers and other centres; they compare the fingerprint with you by phone.</source>
            <translation>Ce centre signe ses certificats avec la clé {0} (empreinte {1}). Remettez le fichier de clé exporté aux employeurs et aux autres centres ; ils comparent l'empreinte avec vous par téléphone.</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Choisir une image</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Saved the look and signatory.</source>
            <translation>Apparence et signataire enregistrés.</translation>
        </message>
        <message>
            <source>Saved the wording for {0}.</source>
            <translation>Texte de {0} enregistré.</translation>
        </message>
        <message>
            <source>every programme</source>
            <translation>chaque programme</translation>
        </message>
        <message>
            <source>Save our public key as</source>
            <translation>Enregistrer notre clé publique sous</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Fichiers de clé (*.json)</translation>
        </message>
        <message>
            <source>Wrote the public key to {0}.</source>
            <translation>Clé publique écrite dans {0}.</translation>
        </message>
        <message>
            <source>A centre's public key file</source>
            <translation>Fichier de clé publique d'un centre</translation>
        </message>
        <message>
            <source>Key files (*.json);;All files (*)</source>
            <translation>Fichiers de clé (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Now trusting {0} (fingerprint {1}).</source>
            <translation>Confiance accordée à {0} (empreinte {1}).</translation>
        </message>
        <message>
            <source>Choose a trusted centre first.</source>
            <translation>Choisissez d'abord un centre de confiance.</translation>
        </message>
    </context>
    <context>
        <name>CentreForm</name>
        <message>
            <source>e.g. Tumaini Digital Skills Centre</source>
            <translation>p. ex. Centre de compétences numériques Tumaini</translation>
        </message>
        <message>
            <source>Centre &amp;name:</source>
            <translation>&amp;Nom du centre :</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>De&amp;vise :</translation>
        </message>
        <message>
            <source>Centre name</source>
            <translation>Nom du centre</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
    </context>
    <context>
        <name>CertificateIssueTab</name>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Kind of certificate</source>
            <translation>Type de certificat</translation>
        </message>
        <message>
            <source>Progress certificate</source>
            <translation>Certificat de progression</translation>
        </message>
        <message>
            <source>Skill certificate (at completion)</source>
            <translation>Certificat de compétences (en fin de formation)</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>A4 landscape</source>
            <translation>A4 paysage</translation>
        </message>
        <message>
            <source>A4 portrait</source>
            <translation>A4 portrait</translation>
        </message>
        <message>
            <source>Language of the printed wording</source>
            <translation>Langue du texte imprimé</translation>
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation>&amp;Promotion :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <source>&amp;Wording in:</source>
            <translation>&amp;Texte en :</translation>
        </message>
        <message>
            <source>Members and whether they are eligible</source>
            <translation>Membres et leur admissibilité</translation>
        </message>
        <message>
            <source>Tick &amp;all eligible</source>
            <translation>Cocher &amp;tous les admissibles</translation>
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation>Ne cocher &amp;aucun</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Aperçu</translation>
        </message>
        <message>
            <source>Issue to P&amp;DF…</source>
            <translation>Délivrer en P&amp;DF…</translation>
        </message>
        <message>
            <source>Issue and p&amp;rint…</source>
            <translation>Délivrer et &amp;imprimer…</translation>
        </message>
        <message>
            <source>{0} of {1} member(s) eligible.</source>
            <translation>{0} membre(s) sur {1} admissible(s).</translation>
        </message>
        <message>
            <source>Tick at least one eligible person.</source>
            <translation>Cochez au moins une personne admissible.</translation>
        </message>
        <message>
            <source>Choose a cohort first.</source>
            <translation>Choisissez d'abord une promotion.</translation>
        </message>
        <message>
            <source>Save the certificates as</source>
            <translation>Enregistrer les certificats sous</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Issuing certificates…</source>
            <translation>Délivrance des certificats…</translation>
        </message>
        <message>
            <source>Issued {0} certificate(s): {1}.</source>
            <translation>{0} certificat(s) délivré(s) : {1}.</translation>
        </message>
        <message>
            <source>{0} not eligible, left out.</source>
            <translation>{0} non admissible(s), laissé(s) de côté.</translation>
        </message>
        <message>
            <source>Print the certificates</source>
            <translation>Imprimer les certificats</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>l'imprimante</translation>
        </message>
        <message>
            <source>Printing was cancelled. The {0} certificate(s) are issued: reprint them from the Register.</source>
            <translation>Impression annulée. Les {0} certificat(s) sont délivrés : réimprimez-les depuis le registre.</translation>
        </message>
        <message>
            <source>The printer failed: {0}. The certificates are issued: reprint them from the Register.</source>
            <translation>L'imprimante a échoué : {0}. Les certificats sont délivrés : réimprimez-les depuis le registre.</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreview</name>
        <message>
            <source>Certificate preview</source>
            <translation>Aperçu du certificat</translation>
        </message>
        <message>
            <source>Choose a cohort and press Preview.</source>
            <translation>Choisissez une promotion et appuyez sur Aperçu.</translation>
        </message>
    </context>
    <context>
        <name>CertificateRegisterTab</name>
        <message>
            <source>Serial, short code or name</source>
            <translation>Numéro de série, code court ou nom</translation>
        </message>
        <message>
            <source>Search the register</source>
            <translation>Chercher dans le registre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Certificate register</source>
            <translation>Registre des certificats</translation>
        </message>
        <message>
            <source>Reprint to P&amp;DF…</source>
            <translation>Réimprimer en P&amp;DF…</translation>
        </message>
        <message>
            <source>Reprint on p&amp;rinter…</source>
            <translation>Réimprimer sur l'&amp;imprimante…</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>Ré&amp;voquer…</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificat</numerusform>
                <numerusform>%n certificats</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one or more certificates first.</source>
            <translation>Choisissez d'abord un ou plusieurs certificats.</translation>
        </message>
        <message>
            <source>Save the reprint as</source>
            <translation>Enregistrer la réimpression sous</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Reprinting certificates…</source>
            <translation>Réimpression des certificats…</translation>
        </message>
        <message>
            <source>Reprinted {0} certificate(s) into {1}.</source>
            <translation>{0} certificat(s) réimprimé(s) dans {1}.</translation>
        </message>
        <message>
            <source>Printing was cancelled.</source>
            <translation>Impression annulée.</translation>
        </message>
        <message>
            <source>Printed {0} certificate(s).</source>
            <translation>{0} certificat(s) imprimé(s).</translation>
        </message>
        <message>
            <source>Choose one certificate to revoke.</source>
            <translation>Choisissez un certificat à révoquer.</translation>
        </message>
        <message>
            <source>Revoke {0}</source>
            <translation>Révoquer {0}</translation>
        </message>
        <message>
            <source>Why is this certificate revoked? (kept in the register and shown to anyone who verifies it)</source>
            <translation>Pourquoi ce certificat est-il révoqué ? (conservé dans le registre et montré à quiconque le vérifie)</translation>
        </message>
        <message>
            <source>Revoked {0} ({1}).</source>
            <translation>{0} révoqué ({1}).</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Certificates&lt;/h2&gt;Progress and skill certificates that anyone can check offline, and ID badges.</source>
            <translation>&lt;h2&gt;Certificats&lt;/h2&gt;Certificats de progression et de compétences vérifiables hors ligne par tous, et badges d'identité.</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>&amp;Délivrer</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Registre</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>&amp;Badges</source>
            <translation>&amp;Badges</translation>
        </message>
        <message>
            <source>&amp;Templates &amp;&amp; signing</source>
            <translation>&amp;Modèles et signature</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change your password</source>
            <translation>Changer votre mot de passe</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Mot de passe &amp;actuel :</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Mot de passe actuel</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation>&amp;Répéter le nouveau mot de passe :</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Répéter le nouveau mot de passe</translation>
        </message>
        <message>
            <source>A manager set a temporary password for you. Choose your own password now (at least 8 characters).</source>
            <translation>Un responsable vous a donné un mot de passe temporaire. Choisissez maintenant le vôtre (au moins 8 caractères).</translation>
        </message>
        <message>
            <source>The two new passwords are not the same.</source>
            <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check every row</source>
            <translation>Vérifier chaque ligne</translation>
        </message>
        <message>
            <source>Nothing is written until every row is right. Fix the file and go back, or import when the list is empty.</source>
            <translation>Rien n'est écrit tant que chaque ligne n'est pas correcte. Corrigez le fichier et revenez, ou importez quand la liste est vide.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>&amp;Cancel the check</source>
            <translation>&amp;Annuler la vérification</translation>
        </message>
        <message>
            <source>Problems, by line</source>
            <translation>Problèmes, par ligne</translation>
        </message>
        <message>
            <source>Import people who look like someone already registered (same birthday, similar name)</source>
            <translation>Importer les personnes qui ressemblent à quelqu'un de déjà inscrit (même date de naissance, nom proche)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>All {0} rows are right. Import writes them all, after a backup.</source>
            <translation>Les {0} lignes sont correctes. Importer les écrit toutes, après une sauvegarde.</translation>
        </message>
        <message>
            <source>{0} problem(s). Nothing will be written until they are fixed:</source>
            <translation>{0} problème(s). Rien ne sera écrit tant qu'ils ne sont pas corrigés :</translation>
        </message>
        <message>
            <source>Check cancelled.</source>
            <translation>Vérification annulée.</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>Edit client</source>
            <translation>Modifier le client</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Contact:</source>
            <translation>&amp;Contact :</translation>
        </message>
        <message>
            <source>C&amp;ountry (2 letters):</source>
            <translation>&amp;Pays (2 lettres) :</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>De&amp;vise :</translation>
        </message>
    </context>
    <context>
        <name>ClientProjectsView</name>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projets</translation>
        </message>
        <message>
            <source>Open batches</source>
            <translation>Lots ouverts</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Price per unit</source>
            <translation>Prix par unité</translation>
        </message>
        <message>
            <source>Piece rate (KES)</source>
            <translation>Tarif à la pièce (KES)</translation>
        </message>
        <message>
            <source>Accuracy target %</source>
            <translation>Précision visée %</translation>
        </message>
        <message>
            <source>QA sample %</source>
            <translation>Échantillon qualité %</translation>
        </message>
        <message>
            <source>Turnaround (days)</source>
            <translation>Délai (jours)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Projects of the chosen client</source>
            <translation>Projets du client choisi</translation>
        </message>
        <message>
            <source>New &amp;client…</source>
            <translation>Nouveau &amp;client…</translation>
        </message>
        <message>
            <source>&amp;Edit client…</source>
            <translation>&amp;Modifier le client…</translation>
        </message>
        <message>
            <source>New &amp;project…</source>
            <translation>Nouveau &amp;projet…</translation>
        </message>
        <message>
            <source>Edit p&amp;roject…</source>
            <translation>Modifier le p&amp;rojet…</translation>
        </message>
        <message>
            <source>Projects of {0}</source>
            <translation>Projets de {0}</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Your role may not see clients' work.</source>
            <translation>Votre rôle ne permet pas de voir le travail des clients.</translation>
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation>&amp;Lots</translation>
        </message>
        <message>
            <source>Clients &amp;&amp; &amp;projects</source>
            <translation>Clients et &amp;projets</translation>
        </message>
        <message>
            <source>&amp;Work logs</source>
            <translation>&amp;Relevés de travail</translation>
        </message>
        <message>
            <source>P&amp;roductivity</source>
            <translation>P&amp;roductivité</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>Ra&amp;pports</translation>
        </message>
        <message>
            <source>&amp;Quality settings</source>
            <translation>Paramètres &amp;qualité</translation>
        </message>
    </context>
    <context>
        <name>CohortCurriculumTab</name>
        <message>
            <source>Modules of this cohort, in teaching order</source>
            <translation>Modules de cette promotion, dans l'ordre d'enseignement</translation>
        </message>
        <message>
            <source>Modules in &amp;teaching order:</source>
            <translation>Modules dans l'ordre d'&amp;enseignement :</translation>
        </message>
        <message>
            <source>Module to add</source>
            <translation>Module à ajouter</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Descen&amp;dre</translation>
        </message>
        <message>
            <source>&amp;Save curriculum</source>
            <translation>&amp;Enregistrer le programme</translation>
        </message>
        <message>
            <source>&amp;Modules…</source>
            <translation>&amp;Modules…</translation>
        </message>
        <message>
            <source>typing: {0} wpm, {1} % accuracy</source>
            <translation>dactylographie : {0} mots/min, {1} % de précision</translation>
        </message>
        <message>
            <source>pass mark {0}</source>
            <translation>note de passage {0}</translation>
        </message>
        <message>
            <source> — retired</source>
            <translation> — retiré</translation>
        </message>
        <message>
            <source>{0} ({1} h; {2}){3}</source>
            <translation>{0} ({1} h ; {2}){3}</translation>
        </message>
        <message numerus="yes">
            <source>Curriculum saved: %n module(s).</source>
            <translation>
                <numerusform>Programme enregistré : %n module.</numerusform>
                <numerusform>Programme enregistré : %n modules.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CohortDialog</name>
        <message>
            <source>Edit cohort</source>
            <translation>Modifier la promotion</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Nouvelle promotion</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Formateur :</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programme :</translation>
        </message>
        <message>
            <source>&amp;Capacity:</source>
            <translation>&amp;Capacité :</translation>
        </message>
        <message>
            <source>&amp;Attendance needed:</source>
            <translation>&amp;Assiduité requise :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>&amp;Modules (Space ticks):</source>
            <translation>&amp;Modules (Espace pour cocher) :</translation>
        </message>
        <message>
            <source>Cohort name</source>
            <translation>Nom de la promotion</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Capacity: most trainees</source>
            <translation>Capacité : nombre maximal de stagiaires</translation>
        </message>
        <message>
            <source>Attendance needed in percent</source>
            <translation>Assiduité requise en pourcentage</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Modules the cohort teaches</source>
            <translation>Modules enseignés à la promotion</translation>
        </message>
        <message>
            <source>The end date must be after the start date.</source>
            <translation>La date de fin doit être postérieure à la date de début.</translation>
        </message>
    </context>
    <context>
        <name>CohortListModel</name>
        <message>
            <source>{0}: trainer {1}, {2} modules, {3} sessions</source>
            <translation>{0} : formateur {1}, {2} modules, {3} séances</translation>
        </message>
        <message>
            <source>no programme</source>
            <translation>aucun programme</translation>
        </message>
    </context>
    <context>
        <name>CohortProgressModel</name>
        <message>
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>Ancien</translation>
        </message>
        <message>
            <source>✔ Complete</source>
            <translation>✔ Terminé</translation>
        </message>
        <message>
            <source>low attendance</source>
            <translation>assiduité faible</translation>
        </message>
        <message numerus="yes">
            <source>failed %n assessment(s)</source>
            <translation>
                <numerusform>%n évaluation échouée</numerusform>
                <numerusform>%n évaluations échouées</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ At risk: {0}</source>
            <translation>⚠ En difficulté : {0}</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Sur la bonne voie</translation>
        </message>
        <message>
            <source>Present {0}, late {1}, absent {2}, excused {3} (excused sessions do not count)</source>
            <translation>Présent {0}, en retard {1}, absent {2}, excusé {3} (les séances excusées ne comptent pas)</translation>
        </message>
    </context>
    <context>
        <name>CohortProgressTab</name>
        <message>
            <source>Trainees' progress</source>
            <translation>Progression des stagiaires</translation>
        </message>
        <message>
            <source>{0} trainees: {1} completed, {2} at risk. Attendance needed: {3} %; {4} modules, {5} sessions so far.</source>
            <translation>{0} stagiaires : {1} ont terminé, {2} en difficulté. Assiduité requise : {3} % ; {4} modules, {5} séances jusqu'ici.</translation>
        </message>
    </context>
    <context>
        <name>CohortView</name>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>&amp;Progression</translation>
        </message>
        <message>
            <source>A&amp;ssessments</source>
            <translation>É&amp;valuations</translation>
        </message>
        <message>
            <source>&amp;Roll-call</source>
            <translation>&amp;Appel</translation>
        </message>
        <message>
            <source>C&amp;urriculum</source>
            <translation>Pro&amp;gramme</translation>
        </message>
        <message>
            <source>S&amp;tipends</source>
            <translation>&amp;Indemnités</translation>
        </message>
        <message>
            <source>Choose a cohort</source>
            <translation>Choisir une promotion</translation>
        </message>
        <message>
            <source>{0} to {1} · trainer {2} · {3} · {4} of {5} places · attendance needed {6} %</source>
            <translation>du {0} au {1} · formateur {2} · {3} · {4} places sur {5} · assiduité requise {6} %</translation>
        </message>
        <message>
            <source>no programme</source>
            <translation>aucun programme</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct personal data</source>
            <translation>Corriger les données personnelles</translation>
        </message>
        <message>
            <source>known</source>
            <translation>connue</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Other names:</source>
            <translation>&amp;Autres noms :</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Autres noms</translation>
        </message>
        <message>
            <source>National &amp;ID:</source>
            <translation>N° d'&amp;identité :</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>N° d'identité</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Genre :</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>&amp;County:</source>
            <translation>&amp;Comté :</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Comté</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Date of birth known</source>
            <translation>Date de naissance connue</translation>
        </message>
        <message>
            <source>&amp;Date of birth:</source>
            <translation>&amp;Date de naissance :</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Refresh the counts</source>
            <translation>Actualiser les chiffres</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Alumni</source>
            <translation>Anciens</translation>
        </message>
        <message>
            <source>Cohorts in training now</source>
            <translation>Promotions en formation</translation>
        </message>
        <message>
            <source>Trainees in those cohorts</source>
            <translation>Stagiaires de ces promotions</translation>
        </message>
        <message>
            <source>Shifts today</source>
            <translation>Postes aujourd'hui</translation>
        </message>
        <message>
            <source>Clocked in now</source>
            <translation>Pointés présents</translation>
        </message>
        <message>
            <source>Batches due this week</source>
            <translation>Lots dus cette semaine</translation>
        </message>
        <message>
            <source>Batches late</source>
            <translation>Lots en retard</translation>
        </message>
        <message>
            <source>&lt;b&gt;People by stage&lt;/b&gt;</source>
            <translation>&lt;b&gt;Personnes par étape&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training and work&lt;/b&gt;</source>
            <translation>&lt;b&gt;Formation et travail&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Today is {0}</source>
            <translation>Nous sommes le {0}</translation>
        </message>
        <message>
            <source>Could not read the counts: {0}</source>
            <translation>Impossible de lire les chiffres : {0}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSettings</name>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Server name or IP address</source>
            <translation>Nom du serveur ou adresse IP</translation>
        </message>
        <message>
            <source>e.g. office-pc or 192.168.1.10</source>
            <translation>p. ex. office-pc ou 192.168.1.10</translation>
        </message>
        <message>
            <source>Server port</source>
            <translation>Port du serveur</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Nom de la base</translation>
        </message>
        <message>
            <source>Database user</source>
            <translation>Utilisateur de la base</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Mot de passe de la base</translation>
        </message>
        <message>
            <source>&amp;Remember the password on this PC</source>
            <translation>&amp;Mémoriser le mot de passe sur ce PC</translation>
        </message>
        <message>
            <source>Kept in PostgreSQL's password file for your user on this PC, never in the settings file. Otherwise give it in ISSP_DB_PASSWORD.</source>
            <translation>Conservé dans le fichier de mots de passe PostgreSQL de votre utilisateur sur ce PC, jamais dans le fichier de paramètres. Sinon, donnez-le dans ISSP_DB_PASSWORD.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort :</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>&amp;Base :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>Use this ser&amp;ver</source>
            <translation>Utiliser ce ser&amp;veur</translation>
        </message>
        <message>
            <source>Use the &amp;file on this PC</source>
            <translation>Utiliser le &amp;fichier de ce PC</translation>
        </message>
        <message>
            <source>This PC now uses: {0}</source>
            <translation>Ce PC utilise maintenant : {0}</translation>
        </message>
        <message>
            <source>Only a manager can change where the data is kept.</source>
            <translation>Seul un responsable peut changer l'endroit où les données sont conservées.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0} : {1}</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>Connexion à {0}…</translation>
        </message>
        <message>
            <source>The settings could not be saved: {0}</source>
            <translation>Les paramètres n'ont pas pu être enregistrés : {0}</translation>
        </message>
        <message>
            <source>Saved. From the next start this PC uses {0}. To bring this centre's data there first, run: issp db migrate-to postgresql://USER@SERVER/DATABASE</source>
            <translation>Enregistré. Au prochain démarrage, ce PC utilisera {0}. Pour y transférer d'abord les données de ce centre, lancez : issp db migrate-to postgresql://USER@SERVER/DATABASE</translation>
        </message>
        <message>
            <source>Saved. From the next start this PC uses its own file.</source>
            <translation>Enregistré. Au prochain démarrage, ce PC utilisera son propre fichier.</translation>
        </message>
    </context>
    <context>
        <name>DayShiftModel</name>
        <message>
            <source>late {0} min</source>
            <translation>en retard de {0} min</translation>
        </message>
    </context>
    <context>
        <name>DeliveryReportView</name>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Enregistrer le rapport…</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Client :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat :</translation>
        </message>
        <message>
            <source>The delivery report lists the client's batches delivered in the period: units, dates, on time or late, accuracy, and the invoice total (accepted units × price).</source>
            <translation>Le rapport de livraison liste les lots du client livrés sur la période : unités, dates, à temps ou en retard, précision, et le total à facturer (unités acceptées × prix).</translation>
        </message>
        <message>
            <source>Save the delivery report</source>
            <translation>Enregistrer le rapport de livraison</translation>
        </message>
        <message>
            <source>Add a client first.</source>
            <translation>Ajoutez d'abord un client.</translation>
        </message>
        <message>
            <source>Writing the delivery report…</source>
            <translation>Rédaction du rapport de livraison…</translation>
        </message>
        <message>
            <source>Saved {0}: {1} batches, {2} on time, total {3} {4}.</source>
            <translation>{0} enregistré : {1} lots, {2} à temps, total {3} {4}.</translation>
        </message>
    </context>
    <context>
        <name>DisplaySettingsBox</name>
        <message>
            <source>Display on this PC</source>
            <translation>Affichage sur ce PC</translation>
        </message>
        <message>
            <source>&amp;High-contrast theme (light text on black)</source>
            <translation>Thème à &amp;fort contraste (texte clair sur fond noir)</translation>
        </message>
        <message>
            <source>Text size in percent</source>
            <translation>Taille du texte en pourcentage</translation>
        </message>
        <message>
            <source>Kept for this computer only; applied at once.</source>
            <translation>Conservé pour cet ordinateur seulement ; appliqué immédiatement.</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Taille du texte :</translation>
        </message>
        <message>
            <source>Applied, but not kept for the next start: {0}</source>
            <translation>Appliqué, mais non conservé pour le prochain démarrage : {0}</translation>
        </message>
    </context>
    <context>
        <name>DowntimeDialog</name>
        <message>
            <source>Record downtime</source>
            <translation>Saisir une interruption</translation>
        </message>
        <message>
            <source>Change downtime</source>
            <translation>Modifier l'interruption</translation>
        </message>
        <message>
            <source>Kind of outage</source>
            <translation>Type de panne</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Électricité</translation>
        </message>
        <message>
            <source>Internet</source>
            <translation>Internet</translation>
        </message>
        <message>
            <source>Client platform</source>
            <translation>Plateforme du client</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Still going &amp;on</source>
            <translation>Toujours &amp;en cours</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>&amp;Paid standby</source>
            <translation>&amp;Attente payée</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
    </context>
    <context>
        <name>DowntimeModel</name>
        <message>
            <source>ongoing</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>DowntimeTab</name>
        <message>
            <source>&amp;Record downtime…</source>
            <translation>&amp;Saisir une interruption…</translation>
        </message>
        <message>
            <source>&amp;Change / end…</source>
            <translation>&amp;Modifier / terminer…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Downtime saved.</source>
            <translation>Interruption enregistrée.</translation>
        </message>
        <message>
            <source>Deleted the downtime.</source>
            <translation>Interruption supprimée.</translation>
        </message>
    </context>
    <context>
        <name>EligibilityModel</name>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>M-Pesa needs a phone number; the person has none</source>
            <translation>M-Pesa demande un numéro de téléphone ; cette personne n'en a pas</translation>
        </message>
        <message>
            <source>Pay period {0} is closed, so it cannot be {1}. Closed periods never change; correct a mistake with an adjustment in an open period.</source>
            <translation>La période de paie {0} est clôturée : elle ne peut pas être {1}. Une période clôturée ne change jamais ; corrigez une erreur par une régularisation dans une période ouverte.</translation>
        </message>
        <message>
            <source>Pay period {0} is {1}; it must be {2} to be {3}.</source>
            <translation>La période de paie {0} est « {1} » ; elle doit être « {2} » pour être {3}.</translation>
        </message>
        <message>
            <source>Something went wrong that ISSP Desktop did not expect: {0}</source>
            <translation>Une erreur inattendue s'est produite dans ISSP Desktop : {0}</translation>
        </message>
        <message>
            <source>The database {0} cannot be written (read-only file or folder). Give your user write permission to the file and its folder, or copy it somewhere writable.</source>
            <translation>La base de données {0} ne peut pas être écrite (fichier ou dossier en lecture seule). Donnez à votre utilisateur le droit d'écrire sur le fichier et son dossier, ou copiez-le dans un endroit accessible en écriture.</translation>
        </message>
        <message>
            <source>The database {0} is damaged ({1}). Restore the newest good backup. The file was not changed.</source>
            <translation>La base de données {0} est endommagée ({1}). Restaurez la sauvegarde valide la plus récente. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The database {0} is locked by another program that is writing to it. Wait for it to finish or close it, then try again. Nothing was changed.</source>
            <translation>La base de données {0} est verrouillée par un autre programme qui y écrit. Attendez qu'il termine ou fermez-le, puis réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database {0} is on a network share. SQLite files are not safe there because file locking over a network is unreliable. To share a centre between PCs, use the multi-PC setup with a PostgreSQL server.</source>
            <translation>La base de données {0} est sur un partage réseau. Les fichiers SQLite n'y sont pas sûrs car le verrouillage de fichiers en réseau n'est pas fiable. Pour partager un centre entre plusieurs PC, utilisez l'installation multi-PC avec un serveur PostgreSQL.</translation>
        </message>
        <message>
            <source>The database {0} was written by a newer version of ISSP Desktop (schema {1}; this version knows up to {2}). Install the newer version. The file was not changed.</source>
            <translation>La base de données {0} a été écrite par une version plus récente d'ISSP Desktop (schéma {1} ; cette version connaît jusqu'à {2}). Installez la version plus récente. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The file {0} is not an ISSP Desktop database. Choose another file; this one was not changed.</source>
            <translation>Le fichier {0} n'est pas une base de données ISSP Desktop. Choisissez un autre fichier ; celui-ci n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The user name or password is not right.</source>
            <translation>Le nom d'utilisateur ou le mot de passe est incorrect.</translation>
        </message>
        <message>
            <source>There is no database at {0}.</source>
            <translation>Il n'y a pas de base de données à {0}.</translation>
        </message>
        <message>
            <source>This {0} was changed by {1} at {2} after you opened it. Reload it and make your change again; nothing was saved.</source>
            <translation>Cet élément ({0}) a été modifié par {1} le {2} après que vous l'avez ouvert. Rechargez-le et refaites votre modification ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Your role ({0}) may not do this: {1}.</source>
            <translation>Votre rôle ({0}) ne permet pas cette action : {1}.</translation>
        </message>
        <message>
            <source>a bank payment needs the bank and the account number</source>
            <translation>un paiement par banque demande la banque et le numéro de compte</translation>
        </message>
        <message>
            <source>account</source>
            <translation>compte</translation>
        </message>
        <message>
            <source>adjustment</source>
            <translation>régularisation</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <source>an adjustment of zero corrects nothing</source>
            <translation>une régularisation de zéro ne corrige rien</translation>
        </message>
        <message>
            <source>are missing</source>
            <translation>sont manquants</translation>
        </message>
        <message>
            <source>badge</source>
            <translation>badge</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>compte bancaire</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>lot</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>centre</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificat</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifiée</translation>
        </message>
        <message>
            <source>client</source>
            <translation>client</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>clôturée</translation>
        </message>
        <message>
            <source>closed again</source>
            <translation>clôturée à nouveau</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>cohort</source>
            <translation>promotion</translation>
        </message>
        <message>
            <source>contains invisible characters</source>
            <translation>contient des caractères invisibles</translation>
        </message>
        <message>
            <source>contains invisible or direction-changing characters</source>
            <translation>contient des caractères invisibles ou qui changent le sens d'écriture</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>devise</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>date de naissance</translation>
        </message>
        <message>
            <source>deductions</source>
            <translation>retenues</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimée</translation>
        </message>
        <message>
            <source>downtime</source>
            <translation>interruption</translation>
        </message>
        <message>
            <source>draft (send it back to draft first)</source>
            <translation>brouillon (renvoyez-la d'abord en brouillon)</translation>
        </message>
        <message>
            <source>effective from</source>
            <translation>en vigueur le</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>prénom</translation>
        </message>
        <message>
            <source>given adjustments</source>
            <translation>régularisée</translation>
        </message>
        <message>
            <source>given new items</source>
            <translation>complétée de nouveaux éléments</translation>
        </message>
        <message>
            <source>gross</source>
            <translation>brut</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>heures</translation>
        </message>
        <message>
            <source>in {0} the deductions are more than the pay of {1} person(s): {2}. Reduce the advances or loans</source>
            <translation>en {0}, les retenues dépassent la paie de {1} personne(s) : {2}. Réduisez les avances ou les prêts</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>est dans le futur</translation>
        </message>
        <message>
            <source>is longer than {0} characters</source>
            <translation>dépasse {0} caractères</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>est manquant</translation>
        </message>
        <message>
            <source>is needed</source>
            <translation>est nécessaire</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>is too long</source>
            <translation>est trop long</translation>
        </message>
        <message>
            <source>is {0} characters long; at most {1}</source>
            <translation>fait {0} caractères ; {1} au plus</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>line {0}: {1}: {2}</source>
            <translation>ligne {0} : {1} : {2}</translation>
        </message>
        <message>
            <source>marked paid</source>
            <translation>marquée payée</translation>
        </message>
        <message>
            <source>marked reviewed</source>
            <translation>marquée vérifiée</translation>
        </message>
        <message>
            <source>means the person is over 100</source>
            <translation>signifie que la personne a plus de 100 ans</translation>
        </message>
        <message>
            <source>means the person is under {0}</source>
            <translation>signifie que la personne a moins de {0} ans</translation>
        </message>
        <message>
            <source>minimum wage</source>
            <translation>salaire minimum</translation>
        </message>
        <message>
            <source>module</source>
            <translation>module</translation>
        </message>
        <message>
            <source>multiplier must be between 1× and 4× (got {0})</source>
            <translation>le multiplicateur doit être entre 1× et 4× (reçu {0})</translation>
        </message>
        <message>
            <source>must be at most {0} characters</source>
            <translation>doit faire au plus {0} caractères</translation>
        </message>
        <message>
            <source>must be more than zero</source>
            <translation>doit être supérieur à zéro</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <source>must not contain digits</source>
            <translation>ne doit pas contenir de chiffres</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>national ID</source>
            <translation>n° d'identité</translation>
        </message>
        <message>
            <source>needs a start and an end date</source>
            <translation>demande une date de début et une date de fin</translation>
        </message>
        <message>
            <source>no file was written</source>
            <translation>aucun fichier n'a été écrit</translation>
        </message>
        <message>
            <source>not run since its last change</source>
            <translation>non recalculée depuis sa dernière modification</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>nothing to save</source>
            <translation>rien à enregistrer</translation>
        </message>
        <message>
            <source>nothing was marked paid</source>
            <translation>rien n'a été marqué payé</translation>
        </message>
        <message>
            <source>nothing was saved</source>
            <translation>rien n'a été enregistré</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>payée</translation>
        </message>
        <message>
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <source>pay item</source>
            <translation>élément de paie</translation>
        </message>
        <message>
            <source>pay period</source>
            <translation>période de paie</translation>
        </message>
        <message>
            <source>pay terms</source>
            <translation>conditions de paie</translation>
        </message>
        <message>
            <source>payment method</source>
            <translation>mode de paiement</translation>
        </message>
        <message>
            <source>payroll settings</source>
            <translation>paramètres de paie</translation>
        </message>
        <message>
            <source>payslip</source>
            <translation>bulletin de paie</translation>
        </message>
        <message>
            <source>period</source>
            <translation>période</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>project</source>
            <translation>projet</translation>
        </message>
        <message>
            <source>public holiday</source>
            <translation>jour férié</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>rouverte</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>vérifiée</translation>
        </message>
        <message>
            <source>roster rules</source>
            <translation>règles du planning</translation>
        </message>
        <message>
            <source>run</source>
            <translation>calculée</translation>
        </message>
        <message>
            <source>run again</source>
            <translation>relancée</translation>
        </message>
        <message>
            <source>sent back to draft</source>
            <translation>renvoyée en brouillon</translation>
        </message>
        <message>
            <source>shift</source>
            <translation>poste</translation>
        </message>
        <message>
            <source>shift template</source>
            <translation>modèle de poste</translation>
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
            <source>template</source>
            <translation>modèle</translation>
        </message>
        <message>
            <source>terms</source>
            <translation>conditions</translation>
        </message>
        <message>
            <source>the folder {0} does not exist</source>
            <translation>le dossier {0} n'existe pas</translation>
        </message>
        <message>
            <source>there is nothing to save</source>
            <translation>il n'y a rien à enregistrer</translation>
        </message>
        <message>
            <source>time</source>
            <translation>heure</translation>
        </message>
        <message>
            <source>training session</source>
            <translation>séance de formation</translation>
        </message>
        <message>
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
        <message>
            <source>worker</source>
            <translation>travailleur</translation>
        </message>
        <message>
            <source>{0} cannot be read: {1}</source>
            <translation>{0} ne peut pas être lu : {1}</translation>
        </message>
        <message>
            <source>{0} does not exist</source>
            <translation>{0} n'existe pas</translation>
        </message>
        <message>
            <source>{0} is more than the most this field allows ({1}); check the amount</source>
            <translation>{0} dépasse le maximum permis pour ce champ ({1}) ; vérifiez le montant</translation>
        </message>
        <message>
            <source>{0} is negative</source>
            <translation>{0} est négatif</translation>
        </message>
        <message>
            <source>{0} is not a number</source>
            <translation>{0} n'est pas un nombre</translation>
        </message>
        <message>
            <source>{0} is outside {1}–{2}</source>
            <translation>{0} est hors de l'intervalle {1}–{2}</translation>
        </message>
        <message>
            <source>{0} more wrong attempt(s) will lock the account.</source>
            <translation>Encore {0} essai(s) erroné(s) et le compte sera verrouillé.</translation>
        </message>
        <message>
            <source>{0} must be zero or more</source>
            <translation>{0} doit être zéro ou plus</translation>
        </message>
        <message>
            <source>{0} overlaps pay period {1} ({2} to {3})</source>
            <translation>{0} chevauche la période de paie {1} (du {2} au {3})</translation>
        </message>
        <message>
            <source>{0} person(s) on the {1} payroll have no pay terms: {2}. Add their terms, then run again</source>
            <translation>{0} personne(s) de la paie {1} n'ont pas de conditions de paie : {2}. Ajoutez leurs conditions, puis relancez</translation>
        </message>
        <message>
            <source>{0}: choose a .csv or .xlsx file name</source>
            <translation>{0} : choisissez un nom de fichier .csv ou .xlsx</translation>
        </message>
        <message>
            <source>{0}: choose a .pdf file name</source>
            <translation>{0} : choisissez un nom de fichier .pdf</translation>
        </message>
        <message>
            <source>{0}: choose a .pdf or .xlsx file name</source>
            <translation>{0} : choisissez un nom de fichier .pdf ou .xlsx</translation>
        </message>
        <message>
            <source>'{0}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
            <translation>« {0} » n'est pas une date (utilisez AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
        </message>
        <message>
            <source>'{0}' is not a real date</source>
            <translation>« {0} » n'est pas une date réelle</translation>
        </message>
        <message>
            <source>'{0}' is not a date</source>
            <translation>« {0} » n'est pas une date</translation>
        </message>
        <message>
            <source>'{0}' is not a date and time with a time zone</source>
            <translation>« {0} » n'est pas une date et heure avec un fuseau horaire</translation>
        </message>
        <message>
            <source>'{0}' is not a whole number</source>
            <translation>« {0} » n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>'{0}' is not a number</source>
            <translation>« {0} » n'est pas un nombre</translation>
        </message>
        <message>
            <source>'{0}' is negative</source>
            <translation>« {0} » est négatif</translation>
        </message>
        <message>
            <source>'{0}' must be zero or more</source>
            <translation>« {0} » doit être zéro ou plus</translation>
        </message>
        <message>
            <source>'{0}' is not an amount (e.g. 12000 or 12,000.50)</source>
            <translation>« {0} » n'est pas un montant (par ex. 12000 ou 12,000.50)</translation>
        </message>
        <message>
            <source>'{0}' is not an amount</source>
            <translation>« {0} » n'est pas un montant</translation>
        </message>
        <message>
            <source>'{0}' is not an amount in cents</source>
            <translation>« {0} » n'est pas un montant en centimes</translation>
        </message>
        <message>
            <source>'{0}' has its thousands separators in the wrong places</source>
            <translation>« {0} » a ses séparateurs de milliers aux mauvais endroits</translation>
        </message>
        <message>
            <source>'{0}' is too large</source>
            <translation>« {0} » est trop grand</translation>
        </message>
        <message>
            <source>'{0}' is not a phone number</source>
            <translation>« {0} » n'est pas un numéro de téléphone</translation>
        </message>
        <message>
            <source>'{0}' is not a Kenyan mobile number (e.g. 0712 345 678 or +254 712 345 678)</source>
            <translation>« {0} » n'est pas un numéro de mobile kényan (par ex. 0712 345 678 ou +254 712 345 678)</translation>
        </message>
        <message>
            <source>'{0}' must be in international form, e.g. +256...</source>
            <translation>« {0} » doit être au format international, par ex. +256...</translation>
        </message>
        <message>
            <source>'{0}' cannot become an M-Pesa number (2547XXXXXXXX or 2541XXXXXXXX)</source>
            <translation>« {0} » ne peut pas devenir un numéro M-Pesa (2547XXXXXXXX ou 2541XXXXXXXX)</translation>
        </message>
        <message>
            <source>No {0} '{1}' was found.</source>
            <translation>{0} « {1} » introuvable.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <source>Exchange with other centres</source>
            <translation>Échanges avec d'autres centres</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>C&amp;onflits</translation>
        </message>
        <message>
            <source>Ce&amp;ntres</source>
            <translation>Ce&amp;ntres</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Writes the records changed here since the chosen centre last acknowledged a bundle, signed with this centre's key. Carry the file to the centre (USB stick, e-mail) and bring back its acknowledgement file.</source>
            <translation>Écrit les enregistrements modifiés ici depuis le dernier accusé de réception du centre choisi, signés avec la clé de ce centre. Portez le fichier au centre (clé USB, courriel) et rapportez son fichier d'accusé de réception.</translation>
        </message>
        <message>
            <source>Centre the bundle is for</source>
            <translation>Centre destinataire du paquet</translation>
        </message>
        <message>
            <source>Only changes made on or after:</source>
            <translation>Seulement les changements à partir du :</translation>
        </message>
        <message>
            <source>Only changes since a date</source>
            <translation>Seulement les changements depuis une date</translation>
        </message>
        <message>
            <source>Changes since</source>
            <translation>Changements depuis</translation>
        </message>
        <message>
            <source>Bundle file to write</source>
            <translation>Fichier du paquet à écrire</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Centre:</source>
            <translation>&amp;Centre :</translation>
        </message>
        <message>
            <source>Since:</source>
            <translation>Depuis :</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Imports a bundle from a trusted centre (all of it or nothing, after a backup) and writes its acknowledgement beside it for the sender — or records a centre's acknowledgement of a bundle sent from here.</source>
            <translation>Importe un paquet d'un centre de confiance (tout ou rien, après une sauvegarde) et écrit son accusé de réception à côté pour l'expéditeur — ou enregistre l'accusé de réception d'un centre pour un paquet envoyé d'ici.</translation>
        </message>
        <message>
            <source>Bundle or acknowledgement file</source>
            <translation>Fichier de paquet ou d'accusé de réception</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>Pa&amp;rcourir…</translation>
        </message>
        <message>
            <source>Im&amp;port</source>
            <translation>Im&amp;porter</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Fields that differ</source>
            <translation>Champs différents</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Détecté</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder la &amp;mienne</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Prendre la &amp;leur</translation>
        </message>
        <message>
            <source>Records changed both here and at another centre since the last exchange. This centre's version stays until you choose; the choice goes out with the next exports.</source>
            <translation>Enregistrements modifiés ici et dans un autre centre depuis le dernier échange. La version de ce centre reste jusqu'à votre choix ; le choix part avec les prochains exports.</translation>
        </message>
        <message>
            <source>Records by centre</source>
            <translation>Enregistrements par centre</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Gross pay</source>
            <translation>Salaire brut</translation>
        </message>
        <message>
            <source>Every record keeps the centre it was made at. People, rostered hours, work units and gross pay by centre, and for all centres together.</source>
            <translation>Chaque enregistrement garde le centre où il a été créé. Personnes, heures planifiées, unités de travail et salaire brut par centre, et pour tous les centres ensemble.</translation>
        </message>
        <message>
            <source>No trusted centres yet: trust a centre's key under Certificates → Trusted centres first.</source>
            <translation>Aucun centre de confiance pour l'instant : faites d'abord confiance à la clé d'un centre sous Certificats → Centres de confiance.</translation>
        </message>
        <message>
            <source>C&amp;onflicts ({0})</source>
            <translation>C&amp;onflits ({0})</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Tous les centres</translation>
        </message>
        <message>
            <source>{0} (this centre)</source>
            <translation>{0} (ce centre)</translation>
        </message>
        <message>
            <source>Write the bundle to</source>
            <translation>Écrire le paquet dans</translation>
        </message>
        <message>
            <source>Exchange files (*.issp)</source>
            <translation>Fichiers d'échange (*.issp)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Choisissez le fichier à écrire.</translation>
        </message>
        <message>
            <source>Writing the bundle</source>
            <translation>Écriture du paquet</translation>
        </message>
        <message>
            <source>Wrote {0} record(s) for {1} to {2}. Bring back the acknowledgement file it makes there and import it here.</source>
            <translation>{0} enregistrement(s) écrit(s) pour {1} dans {2}. Rapportez le fichier d'accusé de réception créé là-bas et importez-le ici.</translation>
        </message>
        <message>
            <source>Import an exchange file</source>
            <translation>Importer un fichier d'échange</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Choisissez le fichier à importer.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>This acknowledgement from {0} was recorded already; nothing changed.</source>
            <translation>Cet accusé de réception de {0} était déjà enregistré ; rien n'a changé.</translation>
        </message>
        <message>
            <source>{0} acknowledged the bundle; the next export to it holds only newer changes.</source>
            <translation>{0} a accusé réception du paquet ; le prochain export vers ce centre ne contiendra que les changements plus récents.</translation>
        </message>
        <message>
            <source>This bundle from {0} was imported already; nothing changed. Its acknowledgement was written again to {1}.</source>
            <translation>Ce paquet de {0} était déjà importé ; rien n'a changé. Son accusé de réception a été réécrit dans {1}.</translation>
        </message>
        <message>
            <source>Imported {0} record(s) from {1}: {2} new, {3} updated, {4} deleted, {5} unchanged, {6} conflict(s). Send the acknowledgement {7} back to {1}.</source>
            <translation>{0} enregistrement(s) importé(s) de {1} : {2} nouveau(x), {3} mis à jour, {4} supprimé(s), {5} inchangé(s), {6} conflit(s). Renvoyez l'accusé de réception {7} à {1}.</translation>
        </message>
        <message>
            <source>Choose a conflict to see both versions.</source>
            <translation>Choisissez un conflit pour voir les deux versions.</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Aucun conflit.</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(supprimé)</translation>
        </message>
        <message>
            <source>{0}: here {1}, at {2} {3}</source>
            <translation>{0} : ici {1}, chez {2} {3}</translation>
        </message>
        <message>
            <source>Resolving the conflict</source>
            <translation>Résolution du conflit</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>A .csv (UTF-8 or Windows-1252, comma or semicolon) or .xlsx file with one person per row and a header row.</source>
            <translation>Un fichier .csv (UTF-8 ou Windows-1252, virgule ou point-virgule) ou .xlsx avec une personne par ligne et une ligne d'en-tête.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Save the &amp;template…</source>
            <translation>Enregistrer le &amp;modèle…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Import people from</source>
            <translation>Importer des personnes depuis</translation>
        </message>
        <message>
            <source>People files (*.csv *.xlsx)</source>
            <translation>Fichiers de personnes (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Save the template as</source>
            <translation>Enregistrer le modèle sous</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to ISSP Desktop</source>
            <translation>Bienvenue dans ISSP Desktop</translation>
        </message>
        <message>
            <source>Set up your centre. ISSP Desktop keeps everything on this PC, in
{0}</source>
            <translation>Configurez votre centre. ISSP Desktop garde tout sur ce PC, dans
{0}</translation>
        </message>
        <message>
            <source>Your manager account</source>
            <translation>Votre compte de responsable</translation>
        </message>
        <message>
            <source>e.g. Grace Wanjirũ</source>
            <translation>p. ex. Grace Wanjirũ</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Votre &amp;nom :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Répéter le mot de passe :</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Répéter le mot de passe</translation>
        </message>
        <message>
            <source>The manager can add accounts for supervisors, trainers and the payroll clerk later. Keep this password safe: without it nobody can manage the centre.</source>
            <translation>Le responsable pourra ajouter plus tard des comptes pour les superviseurs, les formateurs et le gestionnaire de paie. Gardez ce mot de passe en lieu sûr : sans lui, personne ne peut gérer le centre.</translation>
        </message>
        <message>
            <source>Protect the data with a passphrase</source>
            <translation>Protéger les données par une phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Encrypt the database (recommended)</source>
            <translation>&amp;Chiffrer la base de données (recommandé)</translation>
        </message>
        <message>
            <source>If this PC or a backup stick is stolen, nobody can read the trainees' personal data without the passphrase.</source>
            <translation>Si ce PC ou une clé de sauvegarde est volé, personne ne peut lire les données personnelles des stagiaires sans la phrase secrète.</translation>
        </message>
        <message>
            <source>Database passphrase</source>
            <translation>Phrase secrète de la base</translation>
        </message>
        <message>
            <source>Repeat the database passphrase</source>
            <translation>Répéter la phrase secrète de la base</translation>
        </message>
        <message>
            <source>Encryption is not available on this PC. I agree to keep the data &amp;unencrypted.</source>
            <translation>Le chiffrement n'est pas disponible sur ce PC. J'accepte de garder les données &amp;non chiffrées.</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>Repeat pass&amp;phrase:</source>
            <translation>Répéter la p&amp;hrase secrète :</translation>
        </message>
        <message>
            <source>Create the centre</source>
            <translation>Créer le centre</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>YYYY-MM-DD or DD/MM/YYYY</source>
            <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
        </message>
    </context>
    <context>
        <name>FormError</name>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
    </context>
    <context>
        <name>GridCellDelegate</name>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>The help page {0} is missing from this installation.</source>
            <translation>La page d'aide {0} manque dans cette installation.</translation>
        </message>
    </context>
    <context>
        <name>HolidayDialog</name>
        <message>
            <source>Public holiday</source>
            <translation>Jour férié</translation>
        </message>
        <message>
            <source>Change a public holiday</source>
            <translation>Modifier un jour férié</translation>
        </message>
        <message>
            <source>Date of the holiday</source>
            <translation>Date du jour férié</translation>
        </message>
        <message>
            <source>Name of the holiday</source>
            <translation>Nom du jour férié</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
    </context>
    <context>
        <name>HolidaysTab</name>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Jours fériés</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>A&amp;nnée :</translation>
        </message>
        <message>
            <source>&amp;Load Kenya's holidays for {0}</source>
            <translation>&amp;Charger les jours fériés du Kenya pour {0}</translation>
        </message>
        <message>
            <source>When a holiday falls on a Sunday, the next day that is not a holiday is observed (Public Holidays Act). Idd-ul-Fitr and Idd-ul-Adha follow the moon: their dates are as gazetted — check them each year.</source>
            <translation>Quand un jour férié tombe un dimanche, le jour suivant non férié est chômé (Public Holidays Act). L'Aïd el-Fitr et l'Aïd el-Adha suivent la lune : leurs dates sont celles publiées au journal officiel — vérifiez-les chaque année.</translation>
        </message>
        <message>
            <source>No Idd dates are known to this version for {0}: add them when gazetted.</source>
            <translation>Cette version ne connaît pas les dates de l'Aïd pour {0} : ajoutez-les à leur publication officielle.</translation>
        </message>
        <message>
            <source>Added {0} holiday(s).</source>
            <translation>{0} jour(s) férié(s) ajouté(s).</translation>
        </message>
        <message>
            <source>All of them were already listed.</source>
            <translation>Tous étaient déjà dans la liste.</translation>
        </message>
        <message>
            <source>Choose a holiday in the list first.</source>
            <translation>Choisissez d'abord un jour férié dans la liste.</translation>
        </message>
        <message>
            <source>Delete a public holiday</source>
            <translation>Supprimer un jour férié</translation>
        </message>
        <message>
            <source>Delete {0} {1}?</source>
            <translation>Supprimer {0} {1} ?</translation>
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <source>At baseline</source>
            <translation>Au départ</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>departures: tallest bar {0}</source>
            <translation>départs : barre la plus haute {0}</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Effectif</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Partis</translation>
        </message>
        <message>
            <source>Let go</source>
            <translation>Licenciés</translation>
        </message>
        <message>
            <source>Positive exit</source>
            <translation>Sortie positive</translation>
        </message>
        <message>
            <source>Nothing to show for this period</source>
            <translation>Rien à afficher pour cette période</translation>
        </message>
    </context>
    <context>
        <name>ImpactPage</name>
        <message>
            <source>Reached: applied, trained or employed in the period.</source>
            <translation>Atteints : ont postulé, été formés ou employés pendant la période.</translation>
        </message>
        <message>
            <source>At end: headcount on the last day.</source>
            <translation>À la fin : effectif le dernier jour.</translation>
        </message>
        <message>
            <source>Left: voluntary and involuntary departures.</source>
            <translation>Partis : départs volontaires et involontaires.</translation>
        </message>
        <message>
            <source>Finished: completed training in a cohort that ended in the period.</source>
            <translation>Ont terminé : formation achevée dans une promotion terminée pendant la période.</translation>
        </message>
        <message>
            <source>Impact %: impact-worker share at the end.</source>
            <translation>Impact % : part des travailleurs d'impact à la fin.</translation>
        </message>
        <message>
            <source>Income ×: median current earnings ÷ baseline.</source>
            <translation>Revenu × : revenu actuel médian ÷ revenu de départ.</translation>
        </message>
        <message>
            <source>≥ min. wage %: workers at the end earning at least the minimum wage.</source>
            <translation>≥ salaire min. % : travailleurs à la fin gagnant au moins le salaire minimum.</translation>
        </message>
        <message>
            <source>In breakdown tables a count of 1 to 4 people, and any share or median worked out from fewer than 5 people, is shown as "&lt;5" so that nobody can be identified.</source>
            <translation>Dans les tableaux de répartition, un effectif de 1 à 4 personnes, et toute part ou médiane calculée sur moins de 5 personnes, est affiché « &lt;5 » afin que personne ne puisse être identifié.</translation>
        </message>
        <message>
            <source>Age bands use the age on the period's last day.</source>
            <translation>Les tranches d'âge utilisent l'âge au dernier jour de la période.</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>L'an dernier</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personnalisée</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Break down by</source>
            <translation>Ventiler par</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Tranche d'âge</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Comté</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>All centres</source>
            <translation>Tous les centres</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Afficher</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Exporter en &amp;XLSX…</translation>
        </message>
        <message>
            <source>&amp;Benchmarks…</source>
            <translation>&amp;Références…</translation>
        </message>
        <message>
            <source>&amp;Definitions</source>
            <translation>&amp;Définitions</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Période</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <source>Break down &amp;by</source>
            <translation>Ventiler &amp;par</translation>
        </message>
        <message>
            <source>Cent&amp;re</source>
            <translation>Cent&amp;re</translation>
        </message>
        <message>
            <source>Monthly income: at baseline and now</source>
            <translation>Revenu mensuel : au départ et maintenant</translation>
        </message>
        <message>
            <source>Headcount and departures by month</source>
            <translation>Effectif et départs par mois</translation>
        </message>
        <message>
            <source>Training funnel</source>
            <translation>Entonnoir de formation</translation>
        </message>
        <message>
            <source>Headline figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Ventilation</translation>
        </message>
        <message>
            <source>Data notes</source>
            <translation>Notes sur les données</translation>
        </message>
        <message>
            <source>The period ends before it starts: choose an end on or after {0}.</source>
            <translation>La période finit avant de commencer : choisissez une fin le {0} ou après.</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>Calcul des chiffres…</translation>
        </message>
        <message>
            <source>{0} to {1}, compared with {2} to {3}; {4} people reached.</source>
            <translation>du {0} au {1}, comparé au {2} au {3} ; {4} personnes touchées.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Chiffre</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Cette période</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédente</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>IRIS+</source>
            <translation>IRIS+</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>Par sexe</translation>
        </message>
        <message>
            <source>By disability</source>
            <translation>Par handicap</translation>
        </message>
        <message>
            <source>By age band (age at the period's end)</source>
            <translation>Par tranche d'âge (âge à la fin de la période)</translation>
        </message>
        <message>
            <source>By county</source>
            <translation>Par comté</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Atteints</translation>
        </message>
        <message>
            <source>At end</source>
            <translation>À la fin</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Embauchés</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Partis</translation>
        </message>
        <message>
            <source>Turnover %</source>
            <translation>Rotation %</translation>
        </message>
        <message>
            <source>Impact %</source>
            <translation>Impact %</translation>
        </message>
        <message>
            <source>Trained</source>
            <translation>Formés</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Ont terminé</translation>
        </message>
        <message>
            <source>Income ×</source>
            <translation>Revenu ×</translation>
        </message>
        <message>
            <source>≥ min. wage %</source>
            <translation>≥ salaire min. %</translation>
        </message>
        <message>
            <source>female</source>
            <translation>femme</translation>
        </message>
        <message>
            <source>male</source>
            <translation>homme</translation>
        </message>
        <message>
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <source>unsaid</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>with disability</source>
            <translation>avec handicap</translation>
        </message>
        <message>
            <source>without disability</source>
            <translation>sans handicap</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>moins de 15 ans</translation>
        </message>
        <message>
            <source>Export the impact report</source>
            <translation>Exporter le rapport d'impact</translation>
        </message>
        <message>
            <source>Writing the impact report…</source>
            <translation>Rédaction du rapport d'impact…</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>{0} écrit</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>Impact figures</source>
            <translation>Chiffres d'impact</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import people</source>
            <translation>Importer des personnes</translation>
        </message>
        <message>
            <source>Importing people…</source>
            <translation>Importation des personnes…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>Annulé ; rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>KioskExitDialog</name>
        <message>
            <source>Close the door kiosk</source>
            <translation>Fermer la borne d'entrée</translation>
        </message>
        <message>
            <source>A supervisor or manager signs to close the kiosk.</source>
            <translation>Un superviseur ou un responsable se connecte pour fermer la borne.</translation>
        </message>
        <message>
            <source>Only a supervisor or a manager may close the kiosk.</source>
            <translation>Seul un superviseur ou un responsable peut fermer la borne.</translation>
        </message>
    </context>
    <context>
        <name>KioskTab</name>
        <message>
            <source>Door kiosk</source>
            <translation>Borne d'entrée</translation>
        </message>
        <message>
            <source>Workers clock in and out at the door with their badge: a USB barcode scanner (it types the number and Enter) or the keyboard. A scan clocks in, or out when the person is already in; F1 and F2 choose In or Out.

The kiosk fills the screen and keeps working when this window locks itself. This window locks when the kiosk opens; closing the kiosk needs a supervisor's or manager's password.</source>
            <translation>Les travailleurs pointent à l'entrée et à la sortie avec leur badge : un lecteur de codes-barres USB (il tape le numéro puis Entrée) ou le clavier. Un passage pointe l'entrée, ou la sortie si la personne est déjà entrée ; F1 et F2 choisissent Entrée ou Sortie.

La borne occupe tout l'écran et continue de fonctionner quand cette fenêtre se verrouille. Cette fenêtre se verrouille à l'ouverture de la borne ; fermer la borne demande le mot de passe d'un superviseur ou d'un responsable.</translation>
        </message>
        <message>
            <source>Open the door kiosk</source>
            <translation>Ouvrir la borne d'entrée</translation>
        </message>
        <message>
            <source>A supervisor or manager opens the kiosk.</source>
            <translation>Un superviseur ou un responsable ouvre la borne.</translation>
        </message>
        <message>
            <source>Today: {0} punch(es); {1} people clocked in now.</source>
            <translation>Aujourd'hui : {0} pointage(s) ; {1} personnes présentes.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Door kiosk</source>
            <translation>Borne d'entrée</translation>
        </message>
        <message>
            <source>Scan your badge, or type its number and press Enter</source>
            <translation>Passez votre badge, ou tapez son numéro puis Entrée</translation>
        </message>
        <message>
            <source>Badge number</source>
            <translation>Numéro de badge</translation>
        </message>
        <message>
            <source>Clock IN  (F1)</source>
            <translation>ENTRÉE  (F1)</translation>
        </message>
        <message>
            <source>Clock OUT  (F2)</source>
            <translation>SORTIE  (F2)</translation>
        </message>
        <message>
            <source>Close kiosk…</source>
            <translation>Fermer la borne…</translation>
        </message>
        <message>
            <source>Unknown badge {0}.
Ask your supervisor.</source>
            <translation>Badge {0} inconnu.
Demandez à votre superviseur.</translation>
        </message>
        <message>
            <source>{0}, you are already clocked in (since {1}).</source>
            <translation>{0}, vous êtes déjà pointé à l'entrée (depuis {1}).</translation>
        </message>
        <message>
            <source>{0}, you are not clocked in: there is nothing to clock out.
Press Clock IN, or ask your supervisor.</source>
            <translation>{0}, vous n'êtes pas pointé à l'entrée : rien à pointer en sortie.
Appuyez sur ENTRÉE, ou demandez à votre superviseur.</translation>
        </message>
        <message>
            <source>{0}: this clock-out is before your clock-in at {1}.</source>
            <translation>{0} : cette sortie est antérieure à votre entrée de {1}.</translation>
        </message>
        <message>
            <source>{0} is no longer at the centre.</source>
            <translation>{0} ne fait plus partie du centre.</translation>
        </message>
        <message>
            <source>Check the time</source>
            <translation>Vérifiez l'heure</translation>
        </message>
        <message>
            <source>The time of this clock-{0} for {1} looks wrong:

{2}

Is this computer's clock right? A supervisor or manager signs to save the punch anyway.</source>
            <translation>L'heure de ce pointage ({0}) pour {1} semble fausse :

{2}

L'horloge de cet ordinateur est-elle juste ? Un superviseur ou un responsable signe pour l'enregistrer quand même.</translation>
        </message>
        <message>
            <source>Only a supervisor or a manager may confirm a punch whose time looks wrong.</source>
            <translation>Seul un superviseur ou un responsable peut confirmer un pointage dont l'heure semble fausse.</translation>
        </message>
        <message>
            <source>Check the time: a supervisor should confirm.</source>
            <translation>Vérifiez l'heure : un superviseur doit confirmer.</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Non enregistré.</translation>
        </message>
        <message>
            <source>Clocked IN at {0}</source>
            <translation>ENTRÉE pointée à {0}</translation>
        </message>
        <message>
            <source>Clocked OUT at {0}</source>
            <translation>SORTIE pointée à {0}</translation>
        </message>
        <message>
            <source>Your last clock-out is missing: tell your supervisor.</source>
            <translation>Votre dernière sortie manque : prévenez votre superviseur.</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>à l'heure</translation>
        </message>
        <message>
            <source>no shift planned</source>
            <translation>aucun poste prévu</translation>
        </message>
        <message>
            <source>late {0} min</source>
            <translation>en retard de {0} min</translation>
        </message>
        <message>
            <source>left early {0} min</source>
            <translation>parti {0} min plus tôt</translation>
        </message>
        <message>
            <source>overtime {0} min</source>
            <translation>heures sup. {0} min</translation>
        </message>
    </context>
    <context>
        <name>LanguageSettings</name>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Language of ISSP Desktop on this PC</source>
            <translation>Langue d'ISSP Desktop sur ce PC</translation>
        </message>
        <message>
            <source>Same as this PC's system</source>
            <translation>Comme le système de ce PC</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>The language could not be saved: {0}</source>
            <translation>La langue n'a pas pu être enregistrée : {0}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Saved. Close and start ISSP Desktop again to see it in the new language.</source>
            <translation>Enregistré. Fermez puis relancez ISSP Desktop pour la voir dans la nouvelle langue.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>The database {0} is encrypted.
Enter its passphrase (or the recovery key):</source>
            <translation>La base de données {0} est chiffrée.
Saisissez sa phrase secrète (ou la clé de récupération) :</translation>
        </message>
        <message>
            <source>Restore the newest good backup, made {0}? The damaged file is kept aside.</source>
            <translation>Restaurer la sauvegarde valide la plus récente, faite le {0} ? Le fichier endommagé est mis de côté.</translation>
        </message>
        <message>
            <source>Creating the demo centre…</source>
            <translation>Création du centre de démonstration…</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>Record leave</source>
            <translation>Saisir un congé</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Kind of leave</source>
            <translation>Type de congé</translation>
        </message>
        <message>
            <source>Annual</source>
            <translation>Annuel</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Maladie</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Sans solde</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Travailleur :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To (included):</source>
            <translation>&amp;Au (inclus) :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>Choose a worker.</source>
            <translation>Choisissez un travailleur.</translation>
        </message>
    </context>
    <context>
        <name>LeaveTab</name>
        <message>
            <source>&amp;Record leave…</source>
            <translation>&amp;Saisir un congé…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Recorded {0} leave for {1}.</source>
            <translation>Congé {0} saisi pour {1}.</translation>
        </message>
        <message>
            <source>Deleted the leave of {0}.</source>
            <translation>Congé de {0} supprimé.</translation>
        </message>
    </context>
    <context>
        <name>LockedPage</name>
        <message>
            <source>&lt;h2&gt;ISSP Desktop is locked&lt;/h2&gt;Sign in to see and change the centre's records.</source>
            <translation>&lt;h2&gt;ISSP Desktop est verrouillé&lt;/h2&gt;Connectez-vous pour voir et modifier les fiches du centre.</translation>
        </message>
        <message>
            <source>&amp;Sign in…</source>
            <translation>Se &amp;connecter…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in — ISSP Desktop</source>
            <translation>Connexion — ISSP Desktop</translation>
        </message>
        <message>
            <source>ISSP Desktop</source>
            <translation>ISSP Desktop</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Type your user name.</source>
            <translation>Tapez votre nom d'utilisateur.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Rubriques</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Registering applicants and trainees with their impact profile, search, import and export arrive with the people and training feature. People and their stage history are already kept in the database and counted on the Dashboard.</source>
            <translation>L'inscription des candidats et des stagiaires avec leur profil d'impact, la recherche, l'import et l'export arrivent avec la fonction personnes et formation. Les personnes et l'historique de leurs étapes sont déjà conservés dans la base et comptés sur le tableau de bord.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Cohorts, curriculum modules, assessments and training roll-call arrive with the people and training feature.</source>
            <translation>Les promotions, les modules, les évaluations et l'appel en formation arrivent avec la fonction personnes et formation.</translation>
        </message>
        <message>
            <source>Roster &amp; Attendance</source>
            <translation>Planning et présences</translation>
        </message>
        <message>
            <source>Shift planning, the door kiosk for clock-in and clock-out, and hours worked arrive with the shifts and attendance feature.</source>
            <translation>La planification des postes, la borne de pointage et les heures travaillées arrivent avec la fonction postes et présences.</translation>
        </message>
        <message>
            <source>Clients &amp; Work</source>
            <translation>Clients et travail</translation>
        </message>
        <message>
            <source>Clients, projects, batches, work logs and quality checks arrive with the deliverables feature.</source>
            <translation>Les clients, projets, lots, relevés de travail et contrôles qualité arrivent avec la fonction livrables.</translation>
        </message>
        <message>
            <source>Payroll</source>
            <translation>Paie</translation>
        </message>
        <message>
            <source>Pay periods, statutory deductions, payslips and payment files arrive with the payroll feature.</source>
            <translation>Les périodes de paie, retenues légales, bulletins et fichiers de paiement arrivent avec la fonction paie.</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>Progress and skill certificates with offline verification arrive with the certificates feature.</source>
            <translation>Les certificats de progression et de compétences vérifiables hors ligne arrivent avec la fonction certificats.</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>The funder report and impact dashboard arrive with the impact feature.</source>
            <translation>Le rapport au bailleur et le tableau d'impact arrivent avec la fonction impact.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Changer le mot de &amp;passe…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Copy a backup to a folder or USB stick…</source>
            <translation>&amp;Copier une sauvegarde dans un dossier ou sur une clé USB…</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Personal &amp;data requests…</source>
            <translation>Demandes sur les &amp;données personnelles…</translation>
        </message>
        <message>
            <source>E&amp;xchange with other centres…</source>
            <translation>É&amp;changes avec d'autres centres…</translation>
        </message>
        <message>
            <source>Open the door &amp;kiosk…</source>
            <translation>Ouvrir la &amp;borne d'entrée…</translation>
        </message>
        <message>
            <source>Open the &amp;data folder</source>
            <translation>Ouvrir le dossier des &amp;données</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Help for this page</source>
            <translation>&amp;Aide sur cette page</translation>
        </message>
        <message>
            <source>&amp;Quick-start guide (PDF)…</source>
            <translation>&amp;Guide de démarrage rapide (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Impact figures explained</source>
            <translation>Les chiffres d'&amp;impact expliqués</translation>
        </message>
        <message>
            <source>&amp;About ISSP Desktop</source>
            <translation>À &amp;propos d'ISSP Desktop</translation>
        </message>
        <message>
            <source>Help: {0}</source>
            <translation>Aide : {0}</translation>
        </message>
        <message>
            <source>Save the quick-start guide</source>
            <translation>Enregistrer le guide de démarrage rapide</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Impact figures</source>
            <translation>Chiffres d'impact</translation>
        </message>
        <message>
            <source>Demo centre: sign in as manager, supervisor, trainer, clerk or viewer, each with the password “demo”.</source>
            <translation>Centre de démonstration : connectez-vous comme manager, supervisor, trainer, clerk ou viewer, chacun avec le mot de passe « demo ».</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backup made, but the copy to the backup folder failed: {0}</source>
            <translation>Sauvegarde faite, mais la copie vers le dossier de sauvegarde a échoué : {0}</translation>
        </message>
        <message>
            <source>Backup made and checked.</source>
            <translation>Sauvegarde faite et vérifiée.</translation>
        </message>
        <message>
            <source>Last backup FAILED — see the message</source>
            <translation>Dernière sauvegarde ÉCHOUÉE — voir le message</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Échec de la sauvegarde</translation>
        </message>
        <message>
            <source>Copy the newest backup to</source>
            <translation>Copier la sauvegarde la plus récente vers</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation>Copie de la sauvegarde…</translation>
        </message>
        <message>
            <source>Copied and verified: {0}</source>
            <translation>Copiée et vérifiée : {0}</translation>
        </message>
        <message>
            <source>Database: {0}</source>
            <translation>Base de données : {0}</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>No user accounts yet</source>
            <translation>Pas encore de comptes utilisateurs</translation>
        </message>
        <message>
            <source>Signed in: {0} ({1})</source>
            <translation>Connecté : {0} ({1})</translation>
        </message>
        <message>
            <source>Last backup: never</source>
            <translation>Dernière sauvegarde : jamais</translation>
        </message>
        <message>
            <source>Last backup: {0}</source>
            <translation>Dernière sauvegarde : {0}</translation>
        </message>
        <message>
            <source>About ISSP Desktop</source>
            <translation>À propos d'ISSP Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;ISSP Desktop {0}&lt;/b&gt;&lt;br&gt;Runs an impact-sourcing centre offline: people and training, shifts, deliverables, payroll, certificates and impact.&lt;br&gt;&lt;br&gt;Database: {1}</source>
            <translation>&lt;b&gt;ISSP Desktop {0}&lt;/b&gt;&lt;br&gt;Gère un centre d'impact sourcing hors ligne : personnes et formation, postes, livrables, paie, certificats et impact.&lt;br&gt;&lt;br&gt;Base de données : {1}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Faire correspondre les colonnes</translation>
        </message>
        <message>
            <source>Which column of the file holds each field? Fields marked * are needed; the others may stay empty.</source>
            <translation>Quelle colonne du fichier contient chaque champ ? Les champs marqués * sont obligatoires ; les autres peuvent rester vides.</translation>
        </message>
        <message>
            <source>The first rows of the file</source>
            <translation>Les premières lignes du fichier</translation>
        </message>
        <message>
            <source>Column for {0}</source>
            <translation>Colonne pour {0}</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Classeur Excel</translation>
        </message>
        <message>
            <source>text read as {0}, separated by '{1}'</source>
            <translation>texte lu en {0}, séparé par « {1} »</translation>
        </message>
        <message>
            <source>{0} rows; {1}.</source>
            <translation>{0} lignes ; {1}.</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(absent du fichier)</translation>
        </message>
    </context>
    <context>
        <name>ModulesDialog</name>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>&amp;New module</source>
            <translation>&amp;Nouveau module</translation>
        </message>
        <message>
            <source>Test (a score out of 100)</source>
            <translation>Test (note sur 100)</translation>
        </message>
        <message>
            <source>Typing (speed and accuracy)</source>
            <translation>Dactylographie (vitesse et précision)</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source> wpm</source>
            <translation> mots/min</translation>
        </message>
        <message>
            <source>e.g. 95 or 97.5</source>
            <translation>p. ex. 95 ou 97,5</translation>
        </message>
        <message>
            <source>Taught (untick to retire the module)</source>
            <translation>Enseigné (décochez pour retirer le module)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Heures :</translation>
        </message>
        <message>
            <source>&amp;Pass mark:</source>
            <translation>Note de &amp;passage :</translation>
        </message>
        <message>
            <source>Minimum s&amp;peed:</source>
            <translation>&amp;Vitesse minimale :</translation>
        </message>
        <message>
            <source>Minimum a&amp;ccuracy %:</source>
            <translation>Pré&amp;cision minimale % :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>Module name</source>
            <translation>Nom du module</translation>
        </message>
        <message>
            <source>Kind of assessment</source>
            <translation>Type d'évaluation</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Heures prévues</translation>
        </message>
        <message>
            <source>Pass mark out of 100</source>
            <translation>Note de passage sur 100</translation>
        </message>
        <message>
            <source>Minimum words per minute</source>
            <translation>Mots par minute minimum</translation>
        </message>
        <message>
            <source>Minimum accuracy in percent</source>
            <translation>Précision minimale en pourcentage</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Module is taught</source>
            <translation>Le module est enseigné</translation>
        </message>
        <message>
            <source>&amp;Save module</source>
            <translation>&amp;Enregistrer le module</translation>
        </message>
        <message>
            <source>{0} (retired)</source>
            <translation>{0} (retiré)</translation>
        </message>
    </context>
    <context>
        <name>PayTermsDialog</name>
        <message>
            <source>New pay terms</source>
            <translation>Nouvelles conditions de paie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>En vigueur depuis</translation>
        </message>
        <message>
            <source>Kind of pay</source>
            <translation>Type de rémunération</translation>
        </message>
        <message>
            <source>Amount (a month, day or hour)</source>
            <translation>Montant (par mois, jour ou heure)</translation>
        </message>
        <message>
            <source>Hourly rate (optional)</source>
            <translation>Taux horaire (facultatif)</translation>
        </message>
        <message>
            <source>Weekday overtime</source>
            <translation>Heures sup. en semaine</translation>
        </message>
        <message>
            <source>Rest-day overtime</source>
            <translation>Heures sup. jour de repos</translation>
        </message>
        <message>
            <source>Job category</source>
            <translation>Catégorie d'emploi</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Statutory deductions apply (PAYE, NSSF, SHIF, housing levy)</source>
            <translation>Retenues légales applicables (PAYE, NSSF, SHIF, taxe logement)</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Payé par</translation>
        </message>
        <message>
            <source>M-Pesa phone (blank: the person's)</source>
            <translation>Téléphone M-Pesa (vide : celui de la personne)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Banque</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Agence</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Numéro de compte</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Hourly rate</source>
            <translation>Taux horaire</translation>
        </message>
        <message>
            <source>Weekday overtime ×</source>
            <translation>Heures sup. semaine ×</translation>
        </message>
        <message>
            <source>Rest-day, holiday overtime ×</source>
            <translation>Heures sup. repos, férié ×</translation>
        </message>
        <message>
            <source>Job category (minimum wage)</source>
            <translation>Catégorie d'emploi (salaire minimum)</translation>
        </message>
        <message>
            <source>M-Pesa phone</source>
            <translation>Téléphone M-Pesa</translation>
        </message>
    </context>
    <context>
        <name>PayTermsTab</name>
        <message>
            <source>Filter by name…</source>
            <translation>Filtrer par nom…</translation>
        </message>
        <message>
            <source>Filter the pay terms</source>
            <translation>Filtrer les conditions de paie</translation>
        </message>
        <message>
            <source>&amp;New terms…</source>
            <translation>&amp;Nouvelles conditions…</translation>
        </message>
        <message>
            <source>Everybody's current pay terms</source>
            <translation>Conditions de paie actuelles de chacun</translation>
        </message>
        <message>
            <source>The chosen person's terms history</source>
            <translation>Historique des conditions de la personne choisie</translation>
        </message>
        <message>
            <source>&lt;b&gt;History of the chosen person&lt;/b&gt; (newest first; each row is in force until the next)</source>
            <translation>&lt;b&gt;Historique de la personne choisie&lt;/b&gt; (le plus récent d'abord ; chaque ligne s'applique jusqu'à la suivante)</translation>
        </message>
        <message>
            <source>Workers without pay terms ({0}): {1}</source>
            <translation>Travailleurs sans conditions de paie ({0}) : {1}</translation>
        </message>
    </context>
    <context>
        <name>PayrollItemDialog</name>
        <message>
            <source>New adjustment</source>
            <translation>Nouvelle régularisation</translation>
        </message>
        <message>
            <source>New pay item</source>
            <translation>Nouvel élément de paie</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Payslip it corrects</source>
            <translation>Bulletin corrigé</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>e.g. 2,500 (an adjustment may be −1,000)</source>
            <translation>p. ex. 2 500 (une régularisation peut valoir −1 000)</translation>
        </message>
        <message>
            <source>e.g. 2,500</source>
            <translation>p. ex. 2 500</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Taxable (part of the statutory base)</source>
            <translation>Imposable (dans l'assiette légale)</translation>
        </message>
        <message>
            <source>Corrects payslip</source>
            <translation>Corrige le bulletin</translation>
        </message>
        <message>
            <source>{0}: net {1}</source>
            <translation>{0} : net {1}</translation>
        </message>
    </context>
    <context>
        <name>PayrollPage</name>
        <message>
            <source>Payroll</source>
            <translation>Paie</translation>
        </message>
        <message>
            <source>Pay periods</source>
            <translation>Périodes de paie</translation>
        </message>
        <message>
            <source>Pay terms</source>
            <translation>Conditions de paie</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Payroll&lt;/h2&gt;Run the month from attendance and accepted work, check it, close it, print payslips and pay.</source>
            <translation>&lt;h2&gt;Paie&lt;/h2&gt;Calculez le mois à partir des présences et du travail accepté, vérifiez-le, clôturez-le, imprimez les bulletins et payez.</translation>
        </message>
    </context>
    <context>
        <name>PayrollPeriodsTab</name>
        <message>
            <source>Pay periods</source>
            <translation>Périodes de paie</translation>
        </message>
        <message>
            <source>&amp;New period</source>
            <translation>&amp;Nouvelle période</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pay periods&lt;/b&gt;</source>
            <translation>&lt;b&gt;Périodes de paie&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Calculer</translation>
        </message>
        <message>
            <source>Mark re&amp;viewed</source>
            <translation>Marquer &amp;vérifiée</translation>
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation>Repasser en &amp;brouillon</translation>
        </message>
        <message>
            <source>&amp;Close period…</source>
            <translation>&amp;Clôturer la période…</translation>
        </message>
        <message>
            <source>&amp;Payslips PDF…</source>
            <translation>&amp;Bulletins PDF…</translation>
        </message>
        <message>
            <source>Register P&amp;DF…</source>
            <translation>Registre P&amp;DF…</translation>
        </message>
        <message>
            <source>Register &amp;XLSX…</source>
            <translation>Registre &amp;XLSX…</translation>
        </message>
        <message>
            <source>&amp;Export payments…</source>
            <translation>&amp;Exporter les paiements…</translation>
        </message>
        <message>
            <source>&amp;Import payment references…</source>
            <translation>&amp;Importer les références de paiement…</translation>
        </message>
        <message>
            <source>Add pay &amp;item…</source>
            <translation>Ajouter un élément de &amp;paie…</translation>
        </message>
        <message>
            <source>Add ad&amp;justment…</source>
            <translation>Ajouter une &amp;régularisation…</translation>
        </message>
        <message>
            <source>Language of the payslips</source>
            <translation>Langue des bulletins de paie</translation>
        </message>
        <message>
            <source>English with Kiswahili</source>
            <translation>Anglais avec kiswahili</translation>
        </message>
        <message>
            <source>Payslip lan&amp;guage:</source>
            <translation>&amp;Langue des bulletins :</translation>
        </message>
        <message>
            <source>Filter by name or ID…</source>
            <translation>Filtrer par nom ou n° d'identité…</translation>
        </message>
        <message>
            <source>Filter the payslips</source>
            <translation>Filtrer les bulletins</translation>
        </message>
        <message>
            <source>Payslips of the period</source>
            <translation>Bulletins de la période</translation>
        </message>
        <message>
            <source>How the payslip was worked out</source>
            <translation>Détail du calcul du bulletin</translation>
        </message>
        <message>
            <source>Pay items of the period</source>
            <translation>Éléments de paie de la période</translation>
        </message>
        <message>
            <source>Adjustments in the period</source>
            <translation>Régularisations de la période</translation>
        </message>
        <message>
            <source>How it was worked out</source>
            <translation>Détail du calcul</translation>
        </message>
        <message>
            <source>Pay items</source>
            <translation>Éléments de paie</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Régularisations</translation>
        </message>
        <message>
            <source>M-Pesa bulk payment (CSV)</source>
            <translation>Paiement groupé M-Pesa (CSV)</translation>
        </message>
        <message>
            <source>Bank transfer (CSV)</source>
            <translation>Virement bancaire (CSV)</translation>
        </message>
        <message>
            <source>Cash payout sheet (PDF)</source>
            <translation>Feuille de paiement en espèces (PDF)</translation>
        </message>
        <message>
            <source>Export payments</source>
            <translation>Exporter les paiements</translation>
        </message>
        <message>
            <source>Payment file:</source>
            <translation>Fichier de paiement :</translation>
        </message>
        <message>
            <source>Re-&amp;run</source>
            <translation>Re&amp;calculer</translation>
        </message>
        <message>
            <source>No pay period yet: press New period.</source>
            <translation>Pas encore de période de paie : appuyez sur Nouvelle période.</translation>
        </message>
        <message>
            <source>draft, changed since its last run: run it again</source>
            <translation>brouillon, modifié depuis le dernier calcul : recalculez-le</translation>
        </message>
        <message>
            <source>draft, not run yet</source>
            <translation>brouillon, pas encore calculé</translation>
        </message>
        <message>
            <source>reconciles</source>
            <translation>concorde</translation>
        </message>
        <message>
            <source>DOES NOT RECONCILE</source>
            <translation>NE CONCORDE PAS</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1} to {2}, pay date {3}) — {4}. {5} payslips: gross {6}, deductions {7}, net {8}; employer contributions {9}; net + deductions = gross: {10}.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; (du {1} au {2}, date de paie {3}) — {4}. {5} bulletins : brut {6}, retenues {7}, net {8} ; cotisations patronales {9} ; net + retenues = brut : {10}.</translation>
        </message>
        <message>
            <source>Creating the next pay period…</source>
            <translation>Création de la période de paie suivante…</translation>
        </message>
        <message>
            <source>Running {0}…</source>
            <translation>Calcul de {0}…</translation>
        </message>
        <message>
            <source>Close {0}</source>
            <translation>Clôturer {0}</translation>
        </message>
        <message>
            <source>Close {0} for good? Its {1} payslips can never change again (mistakes are corrected with adjustments in a later period), and shifts up to {2} are locked.</source>
            <translation>Clôturer {0} définitivement ? Ses {1} bulletins ne pourront plus jamais changer (les erreurs se corrigent par des régularisations sur une période suivante), et les postes jusqu'au {2} sont verrouillés.</translation>
        </message>
        <message>
            <source>Save the payslips</source>
            <translation>Enregistrer les bulletins</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the payslips…</source>
            <translation>Création des bulletins…</translation>
        </message>
        <message>
            <source>Saved {0} payslip pages to {1}</source>
            <translation>{0} pages de bulletins enregistrées dans {1}</translation>
        </message>
        <message>
            <source>Save the payroll register</source>
            <translation>Enregistrer le registre de paie</translation>
        </message>
        <message>
            <source>Making the register…</source>
            <translation>Création du registre…</translation>
        </message>
        <message>
            <source>Saved the register to {0}</source>
            <translation>Registre enregistré dans {0}</translation>
        </message>
        <message>
            <source>Fix these phone numbers first</source>
            <translation>Corrigez d'abord ces numéros de téléphone</translation>
        </message>
        <message>
            <source>M-Pesa cannot pay these people (their phone cannot become 2547XXXXXXXX or 2541XXXXXXXX); no file was written:
{0}</source>
            <translation>M-Pesa ne peut pas payer ces personnes (leur numéro ne peut pas devenir 2547XXXXXXXX ou 2541XXXXXXXX) ; aucun fichier n'a été écrit :
{0}</translation>
        </message>
        <message>
            <source>{0} phone number(s) to fix before the M-Pesa export.</source>
            <translation>{0} numéro(s) de téléphone à corriger avant l'export M-Pesa.</translation>
        </message>
        <message>
            <source>{0} file for {1}: control totals {2} payment(s), sum {3}. Payslips already marked paid: {4}. Write it?</source>
            <translation>Fichier {0} pour {1} : totaux de contrôle {2} paiement(s), somme {3}. Bulletins déjà marqués payés : {4}. L'écrire ?</translation>
        </message>
        <message>
            <source>Save the payment file</source>
            <translation>Enregistrer le fichier de paiement</translation>
        </message>
        <message>
            <source>Writing the payment file…</source>
            <translation>Écriture du fichier de paiement…</translation>
        </message>
        <message>
            <source>Wrote {0}: {1} payment(s), sum {2}</source>
            <translation>{0} écrit : {1} paiement(s), somme {2}</translation>
        </message>
        <message>
            <source>Payment references (CSV)</source>
            <translation>Références de paiement (CSV)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Marked {0} payslip(s) paid, total {1}</source>
            <translation>{0} bulletin(s) marqué(s) payé(s), total {1}</translation>
        </message>
        <message>
            <source>Marking payments…</source>
            <translation>Marquage des paiements…</translation>
        </message>
    </context>
    <context>
        <name>PayrollSettingsTab</name>
        <message>
            <source>Rule pack</source>
            <translation>Jeu de règles</translation>
        </message>
        <message>
            <source>Pay period</source>
            <translation>Période de paie</translation>
        </message>
        <message>
            <source>Hours a month (hourly rate = monthly ÷ this)</source>
            <translation>Heures par mois (taux horaire = mensuel ÷ ce nombre)</translation>
        </message>
        <message>
            <source>Working days a month</source>
            <translation>Jours travaillés par mois</translation>
        </message>
        <message>
            <source>M-Pesa file columns</source>
            <translation>Colonnes du fichier M-Pesa</translation>
        </message>
        <message>
            <source>JSON [[header, field], …]; fields: {0}</source>
            <translation>JSON [[en-tête, champ], …] ; champs : {0}</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Hours a month</source>
            <translation>Heures par mois</translation>
        </message>
        <message>
            <source>M-Pesa columns</source>
            <translation>Colonnes M-Pesa</translation>
        </message>
        <message>
            <source>Payroll</source>
            <translation>Paie</translation>
        </message>
        <message>
            <source>Rule pack versions</source>
            <translation>Versions du jeu de règles</translation>
        </message>
        <message>
            <source>A new version as JSON</source>
            <translation>Une nouvelle version en JSON</translation>
        </message>
        <message>
            <source>Copy a version, change its date and figures, then add it</source>
            <translation>Copiez une version, changez sa date et ses chiffres, puis ajoutez-la</translation>
        </message>
        <message>
            <source>&amp;Copy the chosen version</source>
            <translation>&amp;Copier la version choisie</translation>
        </message>
        <message>
            <source>From a JSON &amp;file…</source>
            <translation>Depuis un &amp;fichier JSON…</translation>
        </message>
        <message>
            <source>&amp;Add as a new dated version</source>
            <translation>&amp;Ajouter comme nouvelle version datée</translation>
        </message>
        <message>
            <source>Never edited: a change is a new dated version.</source>
            <translation>Jamais modifiées : un changement est une nouvelle version datée.</translation>
        </message>
        <message>
            <source>Dated: the newest row up to a period's end applies.</source>
            <translation>Datés : la ligne la plus récente jusqu'à la fin d'une période s'applique.</translation>
        </message>
        <message>
            <source>Minimum wages</source>
            <translation>Salaires minimums</translation>
        </message>
        <message>
            <source>Job category</source>
            <translation>Catégorie d'emploi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>En vigueur depuis</translation>
        </message>
        <message>
            <source>Monthly minimum</source>
            <translation>Minimum mensuel</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensuel</translation>
        </message>
        <message>
            <source>Source (Legal Notice)</source>
            <translation>Source (avis légal)</translation>
        </message>
        <message>
            <source>Source, e.g. Legal Notice 164 of 2024</source>
            <translation>Source, p. ex. Legal Notice 164 de 2024</translation>
        </message>
        <message>
            <source>Add &amp;row</source>
            <translation>Ajouter une &amp;ligne</translation>
        </message>
        <message>
            <source>&amp;Load the Kenyan table</source>
            <translation>&amp;Charger le barème kényan</translation>
        </message>
        <message>
            <source>Stipends are not wages: stipend terms take no statutory deductions unless ticked.</source>
            <translation>Les indemnités ne sont pas des salaires : aucune retenue légale sur les indemnités sauf si coché.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <source>A rule pack version</source>
            <translation>Une version du jeu de règles</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>New version added.</source>
            <translation>Nouvelle version ajoutée.</translation>
        </message>
        <message>
            <source>Minimum wage added.</source>
            <translation>Salaire minimum ajouté.</translation>
        </message>
        <message>
            <source>Kenyan minimum wages loaded.</source>
            <translation>Salaires minimums kényans chargés.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>N° d'identité</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrit le</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>Ancien</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Not in a cohort</source>
            <translation>Hors promotion</translation>
        </message>
        <message>
            <source>{0}+ people (counting…)</source>
            <translation>{0}+ personnes (comptage…)</translation>
        </message>
        <message>
            <source>More than {0} people: type more to narrow the search.</source>
            <translation>Plus de {0} personnes : tapez davantage pour affiner la recherche.</translation>
        </message>
        <message>
            <source>Nobody matches.</source>
            <translation>Personne ne correspond.</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 personne</translation>
        </message>
        <message>
            <source>{0} people</source>
            <translation>{0} personnes</translation>
        </message>
        <message>
            <source>Cannot open the record</source>
            <translation>Impossible d'ouvrir la fiche</translation>
        </message>
        <message>
            <source>Export the people shown</source>
            <translation>Exporter les personnes affichées</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <source>Exported {0} people to {1}</source>
            <translation>{0} personnes exportées vers {1}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Nouvelle personne…</translation>
        </message>
        <message>
            <source>&lt;h2&gt;People&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Personnes&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Toutes les promotions</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Tous les genres</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <source>Alumni</source>
            <translation>Anciens</translation>
        </message>
        <message>
            <source>Any eligibility</source>
            <translation>Toute admissibilité</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Eligibility criterion</source>
            <translation>Critère d'admissibilité</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Part of a name, or the start of a national ID or phone…</source>
            <translation>Partie d'un nom, ou début d'un n° d'identité ou de téléphone…</translation>
        </message>
        <message>
            <source>Part of a name…</source>
            <translation>Partie d'un nom…</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Chercher des personnes</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>Avec un handicap</translation>
        </message>
        <message>
            <source>With or without disability</source>
            <translation>Avec ou sans handicap</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>Sans handicap</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
    </context>
    <context>
        <name>PeriodListModel</name>
        <message>
            <source>{0} to {1}, pay date {2}</source>
            <translation>du {0} au {1}, date de paie {2}</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <source>&amp;Details and consent</source>
            <translation>&amp;Détails et consentement</translation>
        </message>
        <message>
            <source>&amp;Stages</source>
            <translation>É&amp;tapes</translation>
        </message>
        <message>
            <source>&amp;Impact profile</source>
            <translation>Profil d'&amp;impact</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Choose p&amp;hoto…</source>
            <translation>Choisir une p&amp;hoto…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Historique des étapes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>&amp;Move to stage…</source>
            <translation>&amp;Passer à l'étape…</translation>
        </message>
        <message>
            <source>&lt;h3&gt;New person&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Nouvelle personne&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Changed by {0} at {1} after you opened it — reload to see the change, then make yours again. Nothing was saved.</source>
            <translation>Modifié par {0} à {1} après votre ouverture — rechargez pour voir la modification, puis refaites la vôtre. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>{0} is already registered with the same date of birth. Is this a different person? Save only if you are sure.</source>
            <translation>{0} est déjà inscrit avec la même date de naissance. S'agit-il d'une autre personne ? N'enregistrez que si vous en êtes sûr.</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Images (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>PersonEligibilityDialog</name>
        <message>
            <source>Eligibility at intake</source>
            <translation>Admissibilité à l'entrée</translation>
        </message>
        <message>
            <source>The record is frozen (the person was hired). Saving keeps it and records this as a new dated entry that supersedes it.</source>
            <translation>La fiche est figée (la personne a été embauchée). Enregistrer la conserve et ajoute une nouvelle entrée datée qui la remplace.</translation>
        </message>
        <message>
            <source>&amp;Criterion:</source>
            <translation>&amp;Critère :</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>&amp;Months unemployed:</source>
            <translation>&amp;Mois sans emploi :</translation>
        </message>
        <message>
            <source>Months unemployed</source>
            <translation>Mois sans emploi</translation>
        </message>
        <message>
            <source>&amp;Which disadvantage:</source>
            <translation>&amp;Quel désavantage :</translation>
        </message>
        <message>
            <source>Which disadvantage</source>
            <translation>Quel désavantage</translation>
        </message>
        <message>
            <source>Self-declared</source>
            <translation>Déclaré par la personne</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Visite à domicile</translation>
        </message>
        <message>
            <source>Poverty score</source>
            <translation>Score de pauvreté</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>&amp;Preuve :</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuve</translation>
        </message>
        <message>
            <source>Poverty &amp;score (0–100):</source>
            <translation>&amp;Score de pauvreté (0–100) :</translation>
        </message>
        <message>
            <source>&amp;Verified by:</source>
            <translation>&amp;Vérifié par :</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Vérifié par</translation>
        </message>
        <message>
            <source>Verified &amp;on:</source>
            <translation>Vérifié &amp;le :</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Vérifié le</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>YYYY-MM-DD or DD/MM/YYYY</source>
            <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
        </message>
        <message>
            <source>e.g. 0712 345 678</source>
            <translation>p. ex. 0712 345 678</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>&amp;Emergency contact:</source>
            <translation>Contact d'&amp;urgence :</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Genre :</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>&amp;Other names:</source>
            <translation>&amp;Autres noms :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;Settlement:</source>
            <translation>&amp;Quartier :</translation>
        </message>
        <message>
            <source>&amp;Taken by:</source>
            <translation>&amp;Recueilli par :</translation>
        </message>
        <message>
            <source>Birth certificate</source>
            <translation>Acte de naissance</translation>
        </message>
        <message>
            <source>C&amp;ounty:</source>
            <translation>C&amp;omté :</translation>
        </message>
        <message>
            <source>Co&amp;hort:</source>
            <translation>Pro&amp;motion :</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Consent &amp;date:</source>
            <translation>&amp;Date du consentement :</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Date du consentement</translation>
        </message>
        <message>
            <source>Consent taken by</source>
            <translation>Consentement recueilli par</translation>
        </message>
        <message>
            <source>Consent to keep this data</source>
            <translation>Consentement à conserver ces données</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Comté</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Date de &amp;naissance :</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Disa&amp;bility:</source>
            <translation>Hand&amp;icap :</translation>
        </message>
        <message>
            <source>Disability (health data)</source>
            <translation>Handicap (données de santé)</translation>
        </message>
        <message>
            <source>Disability notes</source>
            <translation>Notes sur le handicap</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contact d'urgence</translation>
        </message>
        <message>
            <source>Emergency p&amp;hone:</source>
            <translation>Téléphone d'ur&amp;gence :</translation>
        </message>
        <message>
            <source>Emergency phone</source>
            <translation>Téléphone d'urgence</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>G&amp;uardian (under 18):</source>
            <translation>&amp;Tuteur (moins de 18 ans) :</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Guardian cons&amp;ent date:</source>
            <translation>Date du consentement du tu&amp;teur :</translation>
        </message>
        <message>
            <source>Guardian consent date</source>
            <translation>Date du consentement du tuteur</translation>
        </message>
        <message>
            <source>Guardian's name</source>
            <translation>Nom du tuteur</translation>
        </message>
        <message>
            <source>Has a disability</source>
            <translation>A un handicap</translation>
        </message>
        <message>
            <source>ID &amp;document:</source>
            <translation>Pièce d'&amp;identité :</translation>
        </message>
        <message>
            <source>ID &amp;number:</source>
            <translation>&amp;Numéro de pièce :</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Pièce d'identité</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>Numéro de pièce</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>N° d'identité</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Autres noms</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>the person has a disability</source>
            <translation>la personne a un handicap</translation>
        </message>
    </context>
    <context>
        <name>PersonImpactTab</name>
        <message>
            <source>current</source>
            <translation>en vigueur</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>remplacé</translation>
        </message>
        <message>
            <source>frozen at hire</source>
            <translation>figé à l'embauche</translation>
        </message>
        <message>
            <source>(hidden)</source>
            <translation>(masqué)</translation>
        </message>
        <message>
            <source>No eligibility criterion recorded yet.</source>
            <translation>Aucun critère d'admissibilité enregistré pour l'instant.</translation>
        </message>
        <message>
            <source>Frozen when the person was hired: a change is recorded as a new dated entry.</source>
            <translation>Figé à l'embauche : un changement est enregistré comme une nouvelle entrée datée.</translation>
        </message>
        <message>
            <source>Can be corrected until the person is hired.</source>
            <translation>Peut être corrigé jusqu'à l'embauche.</translation>
        </message>
        <message>
            <source>Record a &amp;change…</source>
            <translation>Enregistrer un &amp;changement…</translation>
        </message>
        <message>
            <source>Record &amp;eligibility…</source>
            <translation>Enregistrer l'&amp;admissibilité…</translation>
        </message>
        <message>
            <source>&amp;Add survey…</source>
            <translation>&amp;Ajouter une enquête…</translation>
        </message>
        <message>
            <source>&amp;Change survey…</source>
            <translation>&amp;Modifier l'enquête…</translation>
        </message>
        <message>
            <source>Baseline and follow-up surveys</source>
            <translation>Enquêtes de départ et de suivi</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Dependents</source>
            <translation>Personnes à charge</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Études</translation>
        </message>
        <message>
            <source>Eligibility at intake</source>
            <translation>Admissibilité à l'entrée</translation>
        </message>
        <message>
            <source>Eligibility records</source>
            <translation>Fiches d'admissibilité</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Emploi</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuve</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>Revenu mensuel</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>Enquêtes</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Vérifié par</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Vérifié le</translation>
        </message>
    </context>
    <context>
        <name>PersonStageDialog</name>
        <message>
            <source>Move {0} to a stage</source>
            <translation>Faire passer {0} à une étape</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Worker (hired)</source>
            <translation>Travailleur (embauché)</translation>
        </message>
        <message>
            <source>Alumnus (left)</source>
            <translation>Ancien (parti)</translation>
        </message>
        <message>
            <source>&amp;New stage:</source>
            <translation>&amp;Nouvelle étape :</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date of the move</source>
            <translation>Date du changement</translation>
        </message>
        <message>
            <source>e.g. passed the typing test</source>
            <translation>p. ex. a réussi le test de dactylographie</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Positive: further study or a better job</source>
            <translation>Positive : poursuite d'études ou meilleur emploi</translation>
        </message>
        <message>
            <source>Voluntary: left by their own choice</source>
            <translation>Volontaire : départ de son propre choix</translation>
        </message>
        <message>
            <source>Involuntary: the centre ended it</source>
            <translation>Involontaire : le centre y a mis fin</translation>
        </message>
        <message>
            <source>How they &amp;left:</source>
            <translation>Façon de &amp;partir :</translation>
        </message>
        <message>
            <source>How they left</source>
            <translation>Façon de partir</translation>
        </message>
        <message>
            <source>Hiring freezes the eligibility record and the baseline survey: later changes are kept as new dated entries.</source>
            <translation>L'embauche fige la fiche d'admissibilité et l'enquête de départ : les changements ultérieurs sont conservés comme nouvelles entrées datées.</translation>
        </message>
    </context>
    <context>
        <name>PersonSurveyDialog</name>
        <message>
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <source>This survey is frozen (the person was hired). Saving keeps it and records a new survey that supersedes it.</source>
            <translation>Cette enquête est figée (la personne a été embauchée). Enregistrer la conserve et ajoute une nouvelle enquête qui la remplace.</translation>
        </message>
        <message>
            <source>Baseline (at intake)</source>
            <translation>Départ (à l'entrée)</translation>
        </message>
        <message>
            <source>Follow-up at 6 months</source>
            <translation>Suivi à 6 mois</translation>
        </message>
        <message>
            <source>Follow-up at 12 months</source>
            <translation>Suivi à 12 mois</translation>
        </message>
        <message>
            <source>At exit</source>
            <translation>À la sortie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Kind of survey</source>
            <translation>Type d'enquête</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date of the survey</source>
            <translation>Date de l'enquête</translation>
        </message>
        <message>
            <source>&amp;Employment:</source>
            <translation>&amp;Emploi :</translation>
        </message>
        <message>
            <source>Employment status</source>
            <translation>Situation d'emploi</translation>
        </message>
        <message>
            <source>KES a month, e.g. 12,000</source>
            <translation>KES par mois, p. ex. 12 000</translation>
        </message>
        <message>
            <source>Monthly &amp;income:</source>
            <translation>Revenu &amp;mensuel :</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>Revenu mensuel</translation>
        </message>
        <message>
            <source>&amp;Household size:</source>
            <translation>Taille du &amp;ménage :</translation>
        </message>
        <message>
            <source>Household size</source>
            <translation>Taille du ménage</translation>
        </message>
        <message>
            <source>Income &amp;dependents:</source>
            <translation>Personnes à &amp;charge :</translation>
        </message>
        <message>
            <source>Income dependents</source>
            <translation>Personnes à charge</translation>
        </message>
        <message>
            <source>Ed&amp;ucation:</source>
            <translation>Ét&amp;udes :</translation>
        </message>
        <message>
            <source>Education level</source>
            <translation>Niveau d'études</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>Personal data requests</source>
            <translation>Demandes sur les données personnelles</translation>
        </message>
        <message>
            <source>Name, national ID, phone or reference…</source>
            <translation>Nom, n° d'identité, téléphone ou référence…</translation>
        </message>
        <message>
            <source>Find the person</source>
            <translation>Trouver la personne</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>Personnes trouvées</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>N° d'identité</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>&amp;Export everything…</source>
            <translation>&amp;Tout exporter…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Corriger…</translation>
        </message>
        <message>
            <source>E&amp;rase on request…</source>
            <translation>E&amp;ffacer sur demande…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>A person may see everything the centre holds about them, have it corrected, and ask for it to be erased (Kenya Data Protection Act 2019). Erasing removes names, IDs and contact details; wage, training and audit records stay, unnamed.</source>
            <translation>Une personne peut voir tout ce que le centre détient sur elle, le faire corriger et en demander l'effacement (Kenya Data Protection Act 2019). L'effacement retire noms, pièces d'identité et coordonnées ; les données de salaire, de formation et d'audit restent, anonymes.</translation>
        </message>
        <message>
            <source> (erased)</source>
            <translation> (effacé)</translation>
        </message>
        <message>
            <source>Save the personal data in</source>
            <translation>Enregistrer les données personnelles dans</translation>
        </message>
        <message>
            <source>Saved {0} and {1}.</source>
            <translation>{0} et {1} enregistrés.</translation>
        </message>
        <message>
            <source>Corrected.</source>
            <translation>Corrigé.</translation>
        </message>
        <message>
            <source>Erase this person's data?</source>
            <translation>Effacer les données de cette personne ?</translation>
        </message>
        <message>
            <source>Erase the names, IDs and contact details of {0}? This cannot be undone.</source>
            <translation>Effacer les noms, pièces d'identité et coordonnées de {0} ? C'est irréversible.</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Pourquoi ?</translation>
        </message>
        <message>
            <source>Reason (e.g. request by the person, date):</source>
            <translation>Motif (p. ex. demande de la personne, date) :</translation>
        </message>
        <message>
            <source>Erased.</source>
            <translation>Effacé.</translation>
        </message>
    </context>
    <context>
        <name>ProductivityChart</name>
        <message>
            <source>Units per hour and accuracy over time</source>
            <translation>Unités par heure et précision dans le temps</translation>
        </message>
        <message>
            <source>{0}: {1} periods, {2:.1f} units per hour on average</source>
            <translation>{0} : {1} périodes, {2:.1f} unités par heure en moyenne</translation>
        </message>
        <message>
            <source>Choose a worker</source>
            <translation>Choisir un travailleur</translation>
        </message>
        <message>
            <source>No work logged</source>
            <translation>Aucun travail saisi</translation>
        </message>
        <message>
            <source>— units per hour</source>
            <translation>— unités par heure</translation>
        </message>
        <message>
            <source>— accuracy %</source>
            <translation>— précision %</translation>
        </message>
    </context>
    <context>
        <name>ProductivityView</name>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Chart by</source>
            <translation>Graphique par</translation>
        </message>
        <message>
            <source>by week</source>
            <translation>par semaine</translation>
        </message>
        <message>
            <source>by month</source>
            <translation>par mois</translation>
        </message>
        <message>
            <source>Productivity per worker</source>
            <translation>Productivité par travailleur</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Hours logged</source>
            <translation>Heures saisies</translation>
        </message>
        <message>
            <source>Downtime hours</source>
            <translation>Heures d'interruption</translation>
        </message>
        <message>
            <source>Units per hour</source>
            <translation>Unités par heure</translation>
        </message>
        <message>
            <source>Batches checked</source>
            <translation>Lots contrôlés</translation>
        </message>
        <message>
            <source>Accuracy %</source>
            <translation>Précision %</translation>
        </message>
        <message>
            <source>Sent to rework</source>
            <translation>Renvoyés en reprise</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Mois :</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Graphique :</translation>
        </message>
        <message>
            <source>Hours exclude recorded downtime during the worker's shifts; accuracy is the first quality check of the batches the worker was on.</source>
            <translation>Les heures excluent les interruptions saisies pendant les postes du travailleur ; la précision est le premier contrôle qualité des lots sur lesquels il a travaillé.</translation>
        </message>
        <message>
            <source>{0}, six months to {1}</source>
            <translation>{0}, six mois jusqu'à {1}</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>Edit project</source>
            <translation>Modifier le projet</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <source>e.g. 4.50</source>
            <translation>p. ex. 4,50</translation>
        </message>
        <message>
            <source>empty: no piece rate</source>
            <translation>vide : pas de tarif à la pièce</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Se termine le</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Client :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Unit of work:</source>
            <translation>&amp;Unité de travail :</translation>
        </message>
        <message>
            <source>&amp;Price per unit (client's currency):</source>
            <translation>&amp;Prix par unité (devise du client) :</translation>
        </message>
        <message>
            <source>Piece &amp;rate per accepted unit (KES):</source>
            <translation>&amp;Tarif par unité acceptée (KES) :</translation>
        </message>
        <message>
            <source>&amp;Accuracy target %:</source>
            <translation>Précision &amp;visée % :</translation>
        </message>
        <message>
            <source>QA &amp;sample %:</source>
            <translation>É&amp;chantillon qualité % :</translation>
        </message>
        <message>
            <source>&amp;Turnaround (days):</source>
            <translation>&amp;Délai (jours) :</translation>
        </message>
        <message>
            <source>Active &amp;from:</source>
            <translation>Actif &amp;du :</translation>
        </message>
        <message>
            <source>Active t&amp;o:</source>
            <translation>Actif j&amp;usqu'au :</translation>
        </message>
    </context>
    <context>
        <name>PunchCorrectionDialog</name>
        <message>
            <source>Add a missed punch</source>
            <translation>Ajouter un pointage oublié</translation>
        </message>
        <message>
            <source>Replace a punch</source>
            <translation>Remplacer un pointage</translation>
        </message>
        <message>
            <source>Void a punch</source>
            <translation>Annuler un pointage</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Clock-in or clock-out</source>
            <translation>Entrée ou sortie</translation>
        </message>
        <message>
            <source>Clock-in</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Clock-out</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>The right time</source>
            <translation>L'heure exacte</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>e.g. forgot to clock out; left at 15:00</source>
            <translation>p. ex. oubli de pointer la sortie ; parti à 15:00</translation>
        </message>
        <message>
            <source>{0}: {1} at {2}</source>
            <translation>{0} : {1} à {2}</translation>
        </message>
        <message>
            <source>clock-in</source>
            <translation>entrée</translation>
        </message>
        <message>
            <source>clock-out</source>
            <translation>sortie</translation>
        </message>
        <message>
            <source>Punch:</source>
            <translation>Pointage :</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>&amp;Punch:</source>
            <translation>P&amp;ointage :</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Choose the person.</source>
            <translation>Choisissez la personne.</translation>
        </message>
    </context>
    <context>
        <name>PunchModel</name>
        <message>
            <source>replaced by #{0}</source>
            <translation>remplacé par #{0}</translation>
        </message>
        <message>
            <source>voids #{0}</source>
            <translation>annule #{0}</translation>
        </message>
        <message>
            <source>replaces #{0}</source>
            <translation>remplace #{0}</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>No longer counts: kept as recorded.</source>
            <translation>Ne compte plus : conservé tel qu'enregistré.</translation>
        </message>
        <message>
            <source>Saved after a clock warning: {0}</source>
            <translation>Enregistré après une alerte d'horloge : {0}</translation>
        </message>
    </context>
    <context>
        <name>PunchesTab</name>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <source>Day before</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <source>Day after</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <source>Badge number of one person</source>
            <translation>Numéro de badge d'une personne</translation>
        </message>
        <message>
            <source>badge: one person's punches</source>
            <translation>badge : pointages d'une personne</translation>
        </message>
        <message>
            <source>All their recent punches</source>
            <translation>Tous ses pointages récents</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>Shifts of the day and what happened</source>
            <translation>Postes du jour et ce qui s'est passé</translation>
        </message>
        <message>
            <source>Punches</source>
            <translation>Pointages</translation>
        </message>
        <message>
            <source>&amp;Add a missed punch…</source>
            <translation>&amp;Ajouter un pointage oublié…</translation>
        </message>
        <message>
            <source>&amp;Replace…</source>
            <translation>&amp;Remplacer…</translation>
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation>A&amp;nnuler…</translation>
        </message>
        <message>
            <source>{0} punch(es), {1} counting; {2} shift(s)</source>
            <translation>{0} pointage(s), {1} comptés ; {2} poste(s)</translation>
        </message>
        <message>
            <source>Choose a punch in the list first.</source>
            <translation>Choisissez d'abord un pointage dans la liste.</translation>
        </message>
        <message>
            <source>That punch was already corrected.</source>
            <translation>Ce pointage a déjà été corrigé.</translation>
        </message>
    </context>
    <context>
        <name>QaCategoryDialog</name>
        <message>
            <source>New error category</source>
            <translation>Nouvelle catégorie d'erreur</translation>
        </message>
        <message>
            <source>Rename error category '{0}'</source>
            <translation>Renommer la catégorie d'erreur « {0} »</translation>
        </message>
        <message>
            <source>e.g. transposed digits</source>
            <translation>p. ex. chiffres inversés</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
    </context>
    <context>
        <name>QaCheckDialog</name>
        <message>
            <source>Quality check of {0}</source>
            <translation>Contrôle qualité de {0}</translation>
        </message>
        <message>
            <source>Check a sample of {0} units ({1} % of {2}, at least the centre's minimum). Target accuracy: {3} %. This will be round {4}{5}.</source>
            <translation>Contrôlez un échantillon de {0} unités ({1} % de {2}, au moins le minimum du centre). Précision visée : {3} %. Ce sera le tour {4}{5}.</translation>
        </message>
        <message>
            <source> (a re-check after rework)</source>
            <translation> (nouveau contrôle après reprise)</translation>
        </message>
        <message>
            <source>Fields/characters &amp;checked:</source>
            <translation>Champs/caractères &amp;contrôlés :</translation>
        </message>
        <message>
            <source>&amp;Errors found:</source>
            <translation>&amp;Erreurs trouvées :</translation>
        </message>
        <message>
            <source>  of which {0}:</source>
            <translation>  dont {0} :</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Contrôlé &amp;par :</translation>
        </message>
    </context>
    <context>
        <name>QaSettingsView</name>
        <message>
            <source>Quality-check sample</source>
            <translation>Échantillon de contrôle qualité</translation>
        </message>
        <message>
            <source> units</source>
            <translation> unités</translation>
        </message>
        <message>
            <source>Minimum quality-check sample</source>
            <translation>Échantillon minimal de contrôle qualité</translation>
        </message>
        <message>
            <source>&amp;Save minimum</source>
            <translation>&amp;Enregistrer le minimum</translation>
        </message>
        <message>
            <source>A quality check proposes the project's sample % of the batch, but at least this many units (the whole batch when it is smaller).</source>
            <translation>Un contrôle qualité propose le % d'échantillon du projet sur le lot, mais au moins ce nombre d'unités (tout le lot s'il est plus petit).</translation>
        </message>
        <message>
            <source>Minimum sample:</source>
            <translation>Échantillon minimal :</translation>
        </message>
        <message>
            <source>Error categories</source>
            <translation>Catégories d'erreur</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Used in checks</source>
            <translation>Utilisée dans les contrôles</translation>
        </message>
        <message>
            <source>&amp;New category…</source>
            <translation>&amp;Nouvelle catégorie…</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Supp&amp;rimer…</translation>
        </message>
        <message>
            <source>A category some quality check counted errors in cannot be deleted: deactivate it and new checks no longer offer it, while past checks keep their counts.</source>
            <translation>Une catégorie dans laquelle un contrôle a compté des erreurs ne peut pas être supprimée : désactivez-la, les nouveaux contrôles ne la proposeront plus et les anciens gardent leurs comptes.</translation>
        </message>
        <message>
            <source>Delete error category</source>
            <translation>Supprimer la catégorie d'erreur</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>&amp;Reactivate</source>
            <translation>&amp;Réactiver</translation>
        </message>
        <message>
            <source>Used in {0} quality check(s): deactivate it instead</source>
            <translation>Utilisée dans {0} contrôle(s) qualité : désactivez-la plutôt</translation>
        </message>
        <message>
            <source>Saved: checks propose at least {0} units.</source>
            <translation>Enregistré : les contrôles proposent au moins {0} unités.</translation>
        </message>
        <message>
            <source>'{0}' is used in {1} quality check(s), so it cannot be deleted; deactivate it instead and those checks keep their error counts.</source>
            <translation>« {0} » est utilisée dans {1} contrôle(s) qualité et ne peut donc pas être supprimée ; désactivez-la plutôt et ces contrôles gardent leurs comptes d'erreurs.</translation>
        </message>
        <message>
            <source>Delete the error category '{0}'? No quality check has used it.</source>
            <translation>Supprimer la catégorie d'erreur « {0} » ? Aucun contrôle qualité ne l'a utilisée.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Votre clé de récupération</translation>
        </message>
        <message>
            <source>Print this recovery key or write it down, and keep it locked away from the PC. It opens the database if the passphrase is forgotten. It is shown only now.</source>
            <translation>Imprimez cette clé de récupération ou notez-la, et gardez-la sous clé loin du PC. Elle ouvre la base si la phrase secrète est oubliée. Elle n'est affichée que maintenant.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>&amp;Save a printable sheet (PDF)…</source>
            <translation>&amp;Enregistrer une feuille imprimable (PDF)…</translation>
        </message>
        <message>
            <source>I have &amp;printed or written down the recovery key</source>
            <translation>J'ai &amp;imprimé ou noté la clé de récupération</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Enregistrer la feuille de récupération</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {0}. Print it, then delete the file.</source>
            <translation>{0} enregistré. Imprimez-le, puis supprimez le fichier.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>revoked {0}</source>
            <translation>révoqué le {0}</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>compétences</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>progression</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Made (local time)</source>
            <translation>Faite le (heure locale)</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Choose a backup to see what is in it.</source>
            <translation>Choisissez une sauvegarde pour voir son contenu.</translation>
        </message>
        <message>
            <source>From a &amp;file…</source>
            <translation>Depuis un &amp;fichier…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Restoring puts a backup in place of the centre's database. The database as it is now is kept as a backup first, so nothing is lost.</source>
            <translation>La restauration remplace la base du centre par une sauvegarde. La base actuelle est d'abord gardée en sauvegarde : rien n'est perdu.</translation>
        </message>
        <message>
            <source>There are no backups in {0} yet.</source>
            <translation>Il n'y a pas encore de sauvegarde dans {0}.</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choisir un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>ISSP backups (*.sqlite);;All files (*)</source>
            <translation>Sauvegardes ISSP (*.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Checking {0}…</source>
            <translation>Vérification de {0}…</translation>
        </message>
        <message>
            <source>{0}: sound. {1} people, {2} cohorts, {3} user accounts, {4} audit entries.</source>
            <translation>{0} : saine. {1} personnes, {2} promotions, {3} comptes utilisateurs, {4} entrées d'audit.</translation>
        </message>
        <message>
            <source>{0} is damaged and cannot be restored: {1}</source>
            <translation>{0} est endommagée et ne peut pas être restaurée : {1}</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <source>Put {0} in place of the centre's database? Everyone will need to sign in again. The database as it is now is kept as a backup.</source>
            <translation>Mettre {0} à la place de la base du centre ? Tout le monde devra se reconnecter. La base actuelle est gardée en sauvegarde.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
    </context>
    <context>
        <name>RollCallModel</name>
        <message>
            <source>Present (P)</source>
            <translation>Présent (P)</translation>
        </message>
        <message>
            <source>Late (L)</source>
            <translation>En retard (L)</translation>
        </message>
        <message>
            <source>Absent (A)</source>
            <translation>Absent (A)</translation>
        </message>
        <message>
            <source>Excused (E)</source>
            <translation>Excusé (E)</translation>
        </message>
        <message>
            <source>— not marked —</source>
            <translation>— non noté —</translation>
        </message>
        <message>
            <source> (not saved yet)</source>
            <translation> (pas encore enregistré)</translation>
        </message>
    </context>
    <context>
        <name>RollCallTab</name>
        <message>
            <source>Training session</source>
            <translation>Séance de formation</translation>
        </message>
        <message>
            <source>&amp;Session:</source>
            <translation>&amp;Séance :</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nouvelle séance…</translation>
        </message>
        <message>
            <source>Keys: P present, L late, A absent, E excused (the cursor moves to the next trainee); Delete clears a mark.</source>
            <translation>Touches : P présent, L en retard, A absent, E excusé (le curseur passe au stagiaire suivant) ; Suppr efface une note.</translation>
        </message>
        <message>
            <source>Roll-call: trainees and their marks</source>
            <translation>Appel : stagiaires et leurs notes</translation>
        </message>
        <message>
            <source>Mark the &amp;rest present</source>
            <translation>Marquer les &amp;autres présents</translation>
        </message>
        <message>
            <source>&amp;Save roll-call</source>
            <translation>&amp;Enregistrer l'appel</translation>
        </message>
        <message>
            <source>{0} — {1} ({2} h) — {3} marked</source>
            <translation>{0} — {1} ({2} h) — {3} notés</translation>
        </message>
        <message>
            <source>no topic</source>
            <translation>sans sujet</translation>
        </message>
        <message>
            <source>No sessions yet: create one with New session.</source>
            <translation>Pas encore de séance : créez-en une avec Nouvelle séance.</translation>
        </message>
        <message>
            <source>Present {0}, late {1}, absent {2}, excused {3}; not marked {4}</source>
            <translation>Présents {0}, en retard {1}, absents {2}, excusés {3} ; non notés {4}</translation>
        </message>
        <message numerus="yes">
            <source>Mark every trainee first: %n not marked yet (or use Mark the rest present).</source>
            <translation>
                <numerusform>Notez d'abord chaque stagiaire : %n pas encore noté (ou utilisez Marquer les autres présents).</numerusform>
                <numerusform>Notez d'abord chaque stagiaire : %n pas encore notés (ou utilisez Marquer les autres présents).</numerusform>
            </translation>
        </message>
        <message>
            <source>Roll-call saved for {0}: {1} marked.</source>
            <translation>Appel enregistré pour {0} : {1} notés.</translation>
        </message>
    </context>
    <context>
        <name>RosterAssignDialog</name>
        <message>
            <source>Assign a shift to a team</source>
            <translation>Affecter un poste à une équipe</translation>
        </message>
        <message>
            <source>Cohort or all workers</source>
            <translation>Promotion ou tous les travailleurs</translation>
        </message>
        <message>
            <source>All workers</source>
            <translation>Tous les travailleurs</translation>
        </message>
        <message>
            <source>Shift template</source>
            <translation>Modèle de poste</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>É&amp;quipe :</translation>
        </message>
        <message>
            <source>&amp;Shift:</source>
            <translation>&amp;Poste :</translation>
        </message>
        <message>
            <source>Days:</source>
            <translation>Jours :</translation>
        </message>
        <message>
            <source>Choose at least one day.</source>
            <translation>Choisissez au moins un jour.</translation>
        </message>
        <message>
            <source>There is no active shift template.</source>
            <translation>Aucun modèle de poste actif.</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <source>Downtime</source>
            <translation>Interruptions</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Congés</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>Shift templates</source>
            <translation>Modèles de poste</translation>
        </message>
    </context>
    <context>
        <name>RosterRepeatDialog</name>
        <message>
            <source>Repeat this week</source>
            <translation>Répéter cette semaine</translation>
        </message>
        <message>
            <source>Number of weeks</source>
            <translation>Nombre de semaines</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motif de dérogation</translation>
        </message>
        <message>
            <source>only if rest or weekly hours conflict</source>
            <translation>seulement en cas de conflit de repos ou d'heures hebdomadaires</translation>
        </message>
        <message>
            <source>Copy the saved shifts of the week of {0} into the weeks after it.</source>
            <translation>Copier les postes enregistrés de la semaine du {0} dans les semaines suivantes.</translation>
        </message>
        <message>
            <source>&amp;Weeks:</source>
            <translation>&amp;Semaines :</translation>
        </message>
        <message>
            <source>Override &amp;reason:</source>
            <translation>&amp;Motif de dérogation :</translation>
        </message>
    </context>
    <context>
        <name>RosterWeekModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Leave ({0})</source>
            <translation>Congé ({0})</translation>
        </message>
        <message>
            <source>Conflict: cannot be saved</source>
            <translation>Conflit : enregistrement impossible</translation>
        </message>
        <message>
            <source>Warning: check before saving</source>
            <translation>Attention : vérifiez avant d'enregistrer</translation>
        </message>
        <message>
            <source>Override: {0}</source>
            <translation>Dérogation : {0}</translation>
        </message>
        <message>
            <source>On {0} leave</source>
            <translation>En congé {0}</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Pas encore enregistré</translation>
        </message>
    </context>
    <context>
        <name>RosterWeekTab</name>
        <message>
            <source>Roster: people by day of the week</source>
            <translation>Planning : personnes par jour de la semaine</translation>
        </message>
        <message>
            <source>Conflicts found</source>
            <translation>Conflits trouvés</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motif de dérogation</translation>
        </message>
        <message>
            <source>Why these soft conflicts are accepted</source>
            <translation>Pourquoi ces conflits mineurs sont acceptés</translation>
        </message>
        <message>
            <source>Override &amp;reason:</source>
            <translation>&amp;Motif de dérogation :</translation>
        </message>
        <message>
            <source>Any day of the week to show</source>
            <translation>Un jour de la semaine à afficher</translation>
        </message>
        <message>
            <source>Cohort filter</source>
            <translation>Filtre de promotion</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Toutes les promotions</translation>
        </message>
        <message>
            <source>Stage filter</source>
            <translation>Filtre d'étape</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Travailleurs</translation>
        </message>
        <message>
            <source>Only people with shifts</source>
            <translation>Seulement les personnes avec des postes</translation>
        </message>
        <message>
            <source>Name or national ID</source>
            <translation>Nom ou n° d'identité</translation>
        </message>
        <message>
            <source>Search by name</source>
            <translation>Chercher par nom</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Précédente</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Suivante ▶</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>Cette se&amp;maine</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>&amp;Affecter</translation>
        </message>
        <message>
            <source>&amp;Unassign</source>
            <translation>&amp;Désaffecter</translation>
        </message>
        <message>
            <source>N&amp;ote…</source>
            <translation>N&amp;ote…</translation>
        </message>
        <message>
            <source>&amp;Copy last week</source>
            <translation>&amp;Copier la semaine dernière</translation>
        </message>
        <message>
            <source>Assign to &amp;team…</source>
            <translation>Affecter à une é&amp;quipe…</translation>
        </message>
        <message>
            <source>&amp;Repeat…</source>
            <translation>&amp;Répéter…</translation>
        </message>
        <message>
            <source>S&amp;wap…</source>
            <translation>É&amp;changer…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>&amp;Print PDF…</source>
            <translation>&amp;Imprimer en PDF…</translation>
        </message>
        <message>
            <source>E&amp;xport XLSX…</source>
            <translation>E&amp;xporter en XLSX…</translation>
        </message>
        <message numerus="yes">
            <source>Save or discard the %n staged change(s) first.</source>
            <translation>
                <numerusform>Enregistrez ou abandonnez d'abord la modification en attente (%n).</numerusform>
                <numerusform>Enregistrez ou abandonnez d'abord les %n modifications en attente.</numerusform>
            </translation>
        </message>
        <message>
            <source> · payroll closed through {0}</source>
            <translation> · paie clôturée jusqu'au {0}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Week of {0} to {1}&lt;/b&gt; · {2} people · {3} shifts · times in {4}{5}</source>
            <translation>&lt;b&gt;Semaine du {0} au {1}&lt;/b&gt; · {2} personnes · {3} postes · heures de {4}{5}</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) set to {0}.</source>
            <translation>
                <numerusform>%n case mise à {0}.</numerusform>
                <numerusform>%n cases mises à {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) emptied.</source>
            <translation>
                <numerusform>%n case vidée.</numerusform>
                <numerusform>%n cases vidées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not saved yet.</source>
            <translation>
                <numerusform>%n modification pas encore enregistrée.</numerusform>
                <numerusform>%n modifications pas encore enregistrées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Assign {0} ({1})</source>
            <translation>Affecter {0} ({1})</translation>
        </message>
        <message>
            <source>Unassign</source>
            <translation>Désaffecter</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Note…</translation>
        </message>
        <message>
            <source>Swap…</source>
            <translation>Échanger…</translation>
        </message>
        <message>
            <source>Choose a cell with a shift to write a note on.</source>
            <translation>Choisissez une case avec un poste pour y écrire une note.</translation>
        </message>
        <message>
            <source>Note staged.</source>
            <translation>Note en attente.</translation>
        </message>
        <message>
            <source>Last week has no shifts for the people shown.</source>
            <translation>La semaine dernière n'a pas de postes pour les personnes affichées.</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n shift(s) from last week.</source>
            <translation>
                <numerusform>%n poste copié de la semaine dernière.</numerusform>
                <numerusform>%n postes copiés de la semaine dernière.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n hidden by the filter left out)</source>
            <translation>
                <numerusform> (%n masqué par le filtre laissé de côté)</numerusform>
                <numerusform> (%n masqués par le filtre laissés de côté)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} for %n worker(s){1}:</source>
            <translation>
                <numerusform>{0} pour %n travailleur{1} :</numerusform>
                <numerusform>{0} pour %n travailleurs{1} :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s).</source>
            <translation>
                <numerusform>%n case.</numerusform>
                <numerusform>%n cases.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to check: no staged changes.</source>
            <translation>Rien à vérifier : aucune modification en attente.</translation>
        </message>
        <message numerus="yes">
            <source>No conflicts: the %n change(s) can be saved.</source>
            <translation>
                <numerusform>Aucun conflit : la modification (%n) peut être enregistrée.</numerusform>
                <numerusform>Aucun conflit : les %n modifications peuvent être enregistrées.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save.</source>
            <translation>Il n'y a rien à enregistrer.</translation>
        </message>
        <message>
            <source>Saved: {0} added, {1} changed, {2} removed.</source>
            <translation>Enregistré : {0} ajoutés, {1} modifiés, {2} retirés.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n conflict(s) block the save. Change the red cells.</source>
            <translation>
                <numerusform>Non enregistré : %n conflit bloque l'enregistrement. Modifiez les cases rouges.</numerusform>
                <numerusform>Non enregistré : %n conflits bloquent l'enregistrement. Modifiez les cases rouges.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n soft conflict(s): give an override reason and save again, or change the cells.</source>
            <translation>
                <numerusform>%n conflit mineur : donnez un motif de dérogation et enregistrez de nouveau, ou modifiez les cases.</numerusform>
                <numerusform>%n conflits mineurs : donnez un motif de dérogation et enregistrez de nouveau, ou modifiez les cases.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staged changes discarded.</source>
            <translation>Modifications en attente abandonnées.</translation>
        </message>
        <message>
            <source>Save or discard the staged changes before repeating the week.</source>
            <translation>Enregistrez ou abandonnez les modifications en attente avant de répéter la semaine.</translation>
        </message>
        <message numerus="yes">
            <source>Repeated for %n week(s): {0} shifts added.</source>
            <translation>
                <numerusform>Répété sur %n semaine : {0} postes ajoutés.</numerusform>
                <numerusform>Répété sur %n semaines : {0} postes ajoutés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save or discard the staged changes before a swap.</source>
            <translation>Enregistrez ou abandonnez les modifications en attente avant un échange.</translation>
        </message>
        <message>
            <source>Choose a cell with a saved shift to swap.</source>
            <translation>Choisissez une case avec un poste enregistré à échanger.</translation>
        </message>
        <message>
            <source>Swapped: {0} and {1}, approved by {2}.</source>
            <translation>Échangé : {0} et {1}, approuvé par {2}.</translation>
        </message>
        <message>
            <source>Save the roster</source>
            <translation>Enregistrer le planning</translation>
        </message>
        <message>
            <source>Wrote {0}.</source>
            <translation>{0} écrit.</translation>
        </message>
    </context>
    <context>
        <name>RulesTab</name>
        <message>
            <source>Roster and attendance rules</source>
            <translation>Règles de planning et de présence</translation>
        </message>
        <message>
            <source>Payroll closed through:</source>
            <translation>Paie clôturée jusqu'au :</translation>
        </message>
        <message>
            <source>&amp;Save rules</source>
            <translation>&amp;Enregistrer les règles</translation>
        </message>
        <message>
            <source>Kenyan defaults: 8 h rest, 52 h a week, 60 h for night workers. Rest and weekly hours are soft rules: a save above them needs an override reason. Overlaps, shifts of 0 or more than 16 h and shifts in a closed payroll period are never saved.</source>
            <translation>Valeurs kényanes : 8 h de repos, 52 h par semaine, 60 h pour le travail de nuit. Le repos et les heures hebdomadaires sont des règles souples : enregistrer au-delà demande un motif de dérogation. Les chevauchements, les postes de 0 h ou de plus de 16 h et les postes dans une période de paie clôturée ne sont jamais enregistrés.</translation>
        </message>
        <message>
            <source>no period closed yet</source>
            <translation>aucune période clôturée</translation>
        </message>
        <message>
            <source>Rules saved.</source>
            <translation>Règles enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Only a manager can change these settings.</source>
            <translation>Seul un responsable peut modifier ces paramètres.</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>Data safety</source>
            <translation>Sécurité des données</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>e.g. a USB stick; empty = no copy</source>
            <translation>p. ex. une clé USB ; vide = pas de copie</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>conserver</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Verrouiller après minutes d'inactivité</translation>
        </message>
        <message>
            <source>Automatic backup every minutes</source>
            <translation>Sauvegarde automatique toutes les minutes</translation>
        </message>
        <message>
            <source>Copy backups to folder</source>
            <translation>Copier les sauvegardes dans le dossier</translation>
        </message>
        <message>
            <source>Keep alumni data months</source>
            <translation>Conserver les données des anciens (mois)</translation>
        </message>
        <message>
            <source>Save data &amp;safety</source>
            <translation>Enregistrer la &amp;sécurité</translation>
        </message>
        <message>
            <source>&amp;Lock the screen after no input for:</source>
            <translation>&amp;Verrouiller l'écran après une inactivité de :</translation>
        </message>
        <message>
            <source>Automatic &amp;backup (when something changed) every:</source>
            <translation>Sauvegarde &amp;automatique (si quelque chose a changé) toutes les :</translation>
        </message>
        <message>
            <source>&amp;Copy each backup to:</source>
            <translation>&amp;Copier chaque sauvegarde vers :</translation>
        </message>
        <message>
            <source>Pseudonymise &amp;alumni's personal data after:</source>
            <translation>Pseudonymiser les données des &amp;anciens après :</translation>
        </message>
        <message>
            <source>&amp;Encrypt the database…</source>
            <translation>&amp;Chiffrer la base de données…</translation>
        </message>
        <message>
            <source>Change the &amp;passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <source>New &amp;recovery key…</source>
            <translation>Nouvelle clé de &amp;récupération…</translation>
        </message>
        <message>
            <source>Encryption at rest:</source>
            <translation>Chiffrement au repos :</translation>
        </message>
        <message>
            <source>This PC</source>
            <translation>Ce PC</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>On. The data is unreadable without the passphrase or the recovery key (key {0}).</source>
            <translation>Activé. Les données sont illisibles sans la phrase secrète ou la clé de récupération (clé {0}).</translation>
        </message>
        <message>
            <source>Managed on the database server.</source>
            <translation>Géré sur le serveur de base de données.</translation>
        </message>
        <message>
            <source>Off. Anyone who takes this PC or a backup stick can read the data.</source>
            <translation>Désactivé. Quiconque prend ce PC ou une clé de sauvegarde peut lire les données.</translation>
        </message>
        <message>
            <source>Not available on this PC (SQLCipher is missing); the data is not encrypted.</source>
            <translation>Indisponible sur ce PC (SQLCipher manque) ; les données ne sont pas chiffrées.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>New database passphrase (at least 10 characters; a short sentence is good):</source>
            <translation>Nouvelle phrase secrète de la base (au moins 10 caractères ; une courte phrase convient) :</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Répétez-la :</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <source>Encrypting the database…</source>
            <translation>Chiffrement de la base…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>Current passphrase (or the recovery key):</source>
            <translation>Phrase secrète actuelle (ou la clé de récupération) :</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase secrète…</translation>
        </message>
        <message>
            <source>The passphrase is changed.</source>
            <translation>La phrase secrète est changée.</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Nouvelle clé de récupération</translation>
        </message>
        <message>
            <source>Passphrase (the old recovery key stops working for this database):</source>
            <translation>Phrase secrète (l'ancienne clé de récupération cesse de fonctionner pour cette base) :</translation>
        </message>
        <message>
            <source>Making a new key…</source>
            <translation>Création d'une nouvelle clé…</translation>
        </message>
        <message>
            <source>Copy backups to</source>
            <translation>Copier les sauvegardes vers</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Note on a shift</source>
            <translation>Note sur un poste</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
    </context>
    <context>
        <name>ShiftTemplateDialog</name>
        <message>
            <source>New shift template</source>
            <translation>Nouveau modèle de poste</translation>
        </message>
        <message>
            <source>Change shift template</source>
            <translation>Modifier le modèle de poste</translation>
        </message>
        <message>
            <source>Night shift (night-worker weekly maximum)</source>
            <translation>Poste de nuit (maximum hebdomadaire du travail de nuit)</translation>
        </message>
        <message>
            <source>Active (offered on the grid)</source>
            <translation>Actif (proposé dans la grille)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code :</translation>
        </message>
        <message>
            <source>Code typed on the grid</source>
            <translation>Code saisi dans la grille</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Heure de début</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Durée :</translation>
        </message>
        <message>
            <source>Length in hours</source>
            <translation>Durée en heures</translation>
        </message>
        <message>
            <source>&amp;Break:</source>
            <translation>&amp;Pause :</translation>
        </message>
        <message>
            <source>Break in minutes</source>
            <translation>Pause en minutes</translation>
        </message>
        <message>
            <source>Night shift</source>
            <translation>Poste de nuit</translation>
        </message>
        <message>
            <source>C&amp;olour:</source>
            <translation>C&amp;ouleur :</translation>
        </message>
        <message>
            <source>Colour as #RRGGBB</source>
            <translation>Couleur en #RRGGBB</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
    </context>
    <context>
        <name>StipendModel</name>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Repas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>StipendTab</name>
        <message>
            <source>Stipends recorded</source>
            <translation>Indemnités enregistrées</translation>
        </message>
        <message>
            <source>Record a stipend</source>
            <translation>Enregistrer une indemnité</translation>
        </message>
        <message>
            <source>e.g. 500 or 1,200.50</source>
            <translation>p. ex. 500 ou 1 200,50</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Meals</source>
            <translation>Repas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Trainee:</source>
            <translation>&amp;Stagiaire :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Amount (KES):</source>
            <translation>&amp;Montant (KES) :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount in shillings</source>
            <translation>Montant en shillings</translation>
        </message>
        <message>
            <source>Kind of stipend</source>
            <translation>Type d'indemnité</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message numerus="yes">
            <source>%n stipend(s), total KES {0}</source>
            <translation>
                <numerusform>%n indemnité, total {0} KES</numerusform>
                <numerusform>%n indemnités, total {0} KES</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every current trainee (%n)</source>
            <translation>
                <numerusform>Chaque stagiaire actuel (%n)</numerusform>
                <numerusform>Chaque stagiaire actuel (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>This cohort has nobody in training now.</source>
            <translation>Cette promotion n'a personne en formation actuellement.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded %n stipend(s).</source>
            <translation>
                <numerusform>%n indemnité enregistrée.</numerusform>
                <numerusform>%n indemnités enregistrées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was recorded: {0}: {1}</source>
            <translation>Rien n'a été enregistré : {0} : {1}</translation>
        </message>
    </context>
    <context>
        <name>SummaryTab</name>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Attendance summary per worker</source>
            <translation>Bilan des présences par travailleur</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Hours with two decimals. A shift counts in the month of the day it starts. Overtime is time after the planned end (before the start too when approved); on a public holiday or the weekly rest day worked, every hour is rest-day overtime. Unplanned hours count once a shift is planned for them.</source>
            <translation>Heures à deux décimales. Un poste compte dans le mois du jour où il commence. Les heures supplémentaires sont le temps après la fin prévue (et avant le début si approuvé) ; un jour férié ou le jour de repos hebdomadaire travaillé, chaque heure est une heure supplémentaire de repos. Les heures non prévues comptent dès qu'un poste est prévu pour elles.</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Mois :</translation>
        </message>
        <message>
            <source>No shifts, punches or leave from {0} to {1}.</source>
            <translation>Aucun poste, pointage ni congé du {0} au {1}.</translation>
        </message>
        <message>
            <source>Export the attendance summary</source>
            <translation>Exporter le bilan des présences</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {0} people to {1}</source>
            <translation>{0} personnes écrites dans {1}</translation>
        </message>
    </context>
    <context>
        <name>SupervisorSignDialog</name>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
    </context>
    <context>
        <name>SwapDialog</name>
        <message>
            <source>Swap a shift</source>
            <translation>Échanger un poste</translation>
        </message>
        <message>
            <source>Swap with</source>
            <translation>Échanger avec</translation>
        </message>
        <message>
            <source>Their shift in exchange</source>
            <translation>Son poste en échange</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approuvé par</translation>
        </message>
        <message>
            <source>Reason for the swap</source>
            <translation>Motif de l'échange</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motif de dérogation</translation>
        </message>
        <message>
            <source>only if rest or weekly hours conflict</source>
            <translation>seulement en cas de conflit de repos ou d'heures hebdomadaires</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0} : {1}</translation>
        </message>
        <message>
            <source>Swap &amp;with:</source>
            <translation>Échanger &amp;avec :</translation>
        </message>
        <message>
            <source>&amp;Their shift:</source>
            <translation>&amp;Son poste :</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Approuvé par :</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>&amp;Override reason:</source>
            <translation>&amp;Motif de dérogation :</translation>
        </message>
        <message>
            <source>Nothing: a hand-over</source>
            <translation>Rien : une cession</translation>
        </message>
        <message>
            <source>There is nobody to swap with.</source>
            <translation>Il n'y a personne avec qui échanger.</translation>
        </message>
        <message>
            <source>The swap breaks a rule and cannot be saved:</source>
            <translation>L'échange enfreint une règle et ne peut pas être enregistré :</translation>
        </message>
        <message>
            <source>Give an override reason to accept:</source>
            <translation>Donnez un motif de dérogation pour accepter :</translation>
        </message>
    </context>
    <context>
        <name>TemplateModel</name>
        <message>
            <source>night</source>
            <translation>nuit</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>TemplatesTab</name>
        <message>
            <source>Type a template's code on the week grid to plan that shift. A deactivated template stays on the shifts already planned with it.</source>
            <translation>Tapez le code d'un modèle dans la grille de la semaine pour planifier ce poste. Un modèle désactivé reste sur les postes déjà planifiés avec lui.</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>&amp;Nouveau modèle…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Deactivate / activate</source>
            <translation>&amp;Désactiver / activer</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} enregistré.</translation>
        </message>
        <message>
            <source>{0} is now {1}.</source>
            <translation>{0} est maintenant {1}.</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactif</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Cohorts with their progress</source>
            <translation>Promotions et leur progression</translation>
        </message>
        <message>
            <source>&amp;New cohort…</source>
            <translation>&amp;Nouvelle promotion…</translation>
        </message>
        <message>
            <source>&amp;Edit cohort…</source>
            <translation>&amp;Modifier la promotion…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Actua&amp;liser</translation>
        </message>
        <message>
            <source>Refresh the cohorts</source>
            <translation>Actualiser les promotions</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Training&lt;/h2&gt;Cohorts, newest first, with how their trainees are doing.</source>
            <translation>&lt;h2&gt;Formation&lt;/h2&gt;Les promotions, la plus récente d'abord, et où en sont leurs stagiaires.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message numerus="yes">
            <source>%n typed result(s) or mark(s) of {0} are not saved. Drop them?</source>
            <translation>
                <numerusform>%n résultat ou note saisi pour {0} n'est pas enregistré. L'abandonner ?</numerusform>
                <numerusform>%n résultats ou notes saisis pour {0} ne sont pas enregistrés. Les abandonner ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingSessionDialog</name>
        <message>
            <source>New training session — {0}</source>
            <translation>Nouvelle séance de formation — {0}</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Durée :</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>&amp;Module :</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Sujet :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Sujet</translation>
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>Not available yet in this version.</source>
            <translation>Pas encore disponible dans cette version.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Set a temporary password</source>
            <translation>Définir un mot de passe temporaire</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>R&amp;epeat password:</source>
            <translation>R&amp;épéter le mot de passe :</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Répéter le mot de passe</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>User accounts</source>
            <translation>Comptes utilisateurs</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Ajouter un utilisateur…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Changer le &amp;rôle…</translation>
        </message>
        <message>
            <source>&amp;Temporary password…</source>
            <translation>Mot de passe &amp;temporaire…</translation>
        </message>
        <message>
            <source>Switch o&amp;ff</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Déblo&amp;quer</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Users&lt;/h2&gt;Each member of staff signs in with their own account. The role decides what they see and may change.</source>
            <translation>&lt;h2&gt;Utilisateurs&lt;/h2&gt;Chaque membre du personnel se connecte avec son propre compte. Le rôle décide de ce qu'il voit et peut modifier.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>switched off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>verrouillé</translation>
        </message>
        <message>
            <source>, must change password</source>
            <translation>, doit changer de mot de passe</translation>
        </message>
        <message>
            <source>Switch o&amp;n</source>
            <translation>&amp;Activer</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>{0} ajouté.</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Changer le rôle</translation>
        </message>
        <message>
            <source>Role for {0}:</source>
            <translation>Rôle de {0} :</translation>
        </message>
        <message>
            <source>{0} is now {1}.</source>
            <translation>{0} est maintenant {1}.</translation>
        </message>
        <message>
            <source>{0} must choose a new password at next sign-in.</source>
            <translation>{0} devra choisir un nouveau mot de passe à la prochaine connexion.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>{0} is unlocked.</source>
            <translation>{0} est débloqué.</translation>
        </message>
    </context>
    <context>
        <name>VerifyTab</name>
        <message>
            <source>Scan the certificate's QR code into the box (or paste its text), or type the short code printed under it, then press Enter.</source>
            <translation>Scannez le code QR du certificat dans la case (ou collez son texte), ou tapez le code court imprimé dessous, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>QR text or short code</source>
            <translation>Texte QR ou code court</translation>
        </message>
        <message>
            <source>e.g. 7KQ2-M9XD-4HTR, or scan the QR code</source>
            <translation>p. ex. 7KQ2-M9XD-4HTR, ou scannez le code QR</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>What the certificate says (signed)</source>
            <translation>Ce que dit le certificat (signé)</translation>
        </message>
        <message>
            <source>GENUINE</source>
            <translation>AUTHENTIQUE</translation>
        </message>
        <message>
            <source>NOT GENUINE</source>
            <translation>NON AUTHENTIQUE</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>RÉVOQUÉ</translation>
        </message>
        <message>
            <source>NOT FOUND</source>
            <translation>INTROUVABLE</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>N° de série</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>Code court</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Délivré le</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Délivré par</translation>
        </message>
        <message>
            <source>unknown centre ({0})</source>
            <translation>centre inconnu ({0})</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Modules passed</source>
            <translation>Modules réussis</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Assiduité</translation>
        </message>
        <message>
            <source>Hours of training</source>
            <translation>Heures de formation</translation>
        </message>
        <message>
            <source>Evidence at work</source>
            <translation>Preuves au travail</translation>
        </message>
        <message>
            <source>Could not check</source>
            <translation>Vérification impossible</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>&amp;Grace before a clock-in is late:</source>
            <translation>&amp;Tolérance avant qu'une entrée soit en retard :</translation>
        </message>
        <message>
            <source>&amp;Weekly maximum:</source>
            <translation>Maximum &amp;hebdomadaire :</translation>
        </message>
        <message>
            <source>12 months</source>
            <translation>12 mois</translation>
        </message>
        <message>
            <source>6 months</source>
            <translation>6 mois</translation>
        </message>
        <message>
            <source>Absences</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Alumnus</source>
            <translation>Ancien</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Amount (KES)</source>
            <translation>Montant (KES)</translation>
        </message>
        <message>
            <source>Amount a month</source>
            <translation>Montant par mois</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>S'applique à</translation>
        </message>
        <message>
            <source>Ask to &amp;confirm a clock event further than:</source>
            <translation>Demander &amp;confirmation pour un pointage éloigné de plus de :</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>En difficulté</translation>
        </message>
        <message>
            <source>Attendance %</source>
            <translation>Assiduité %</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Badge number</source>
            <translation>Numéro de badge</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Below the poverty line</source>
            <translation>Sous le seuil de pauvreté</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Ligne de commande</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Deductions</source>
            <translation>Retenues</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livré</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Downtime h</source>
            <translation>Interruptions h</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translation>Gains</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Admissible</translation>
        </message>
        <message>
            <source>Employer contributions (not deducted)</source>
            <translation>Cotisations patronales (non retenues)</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>First in</source>
            <translation>Première entrée</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Jour férié</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>Horaire</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>ID kind</source>
            <translation>Type de pièce</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>In QA</source>
            <translation>En contrôle qualité</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>En vigueur depuis</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Délivré</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Délivré par</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Last out</source>
            <translation>Dernière sortie</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Dernière connexion</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>Jours de congé</translation>
        </message>
        <message>
            <source>Leaving &amp;early counts after:</source>
            <translation>Un départ &amp;anticipé compte après :</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Partis tôt</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Living wage</source>
            <translation>Salaire vital</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Long-term unemployed</source>
            <translation>Chômeur de longue durée</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Minimum &amp;rest between shifts:</source>
            <translation>&amp;Repos minimal entre deux postes :</translation>
        </message>
        <message>
            <source>Minimum wage</source>
            <translation>Salaire minimum</translation>
        </message>
        <message>
            <source>Missing punches</source>
            <translation>Pointages manquants</translation>
        </message>
        <message>
            <source>Modules passed</source>
            <translation>Modules réussis</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Nuit</translation>
        </message>
        <message>
            <source>Night h</source>
            <translation>Nuit h</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Other recognised disadvantage</source>
            <translation>Autre désavantage reconnu</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Overtime</source>
            <translation>Heures sup.</translation>
        </message>
        <message>
            <source>Overtime rest days/holidays h</source>
            <translation>Heures sup. repos/fériés h</translation>
        </message>
        <message>
            <source>Overtime weekdays h</source>
            <translation>Heures sup. semaine h</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Payé par</translation>
        </message>
        <message>
            <source>Payroll clerk</source>
            <translation>Gestionnaire de paie</translation>
        </message>
        <message>
            <source>Payslips</source>
            <translation>Bulletins</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Person with disability</source>
            <translation>Personne handicapée</translation>
        </message>
        <message>
            <source>Planned h</source>
            <translation>Prévu h</translation>
        </message>
        <message>
            <source>Poverty line</source>
            <translation>Seuil de pauvreté</translation>
        </message>
        <message>
            <source>Punch</source>
            <translation>Pointage</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Saisi par</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Rework</source>
            <translation>Reprise</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>N° de série</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Source date</source>
            <translation>Date de la source</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Statutory</source>
            <translation>Légales</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>Unplanned h</source>
            <translation>Non prévu h</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Weekly maximum for &amp;night workers:</source>
            <translation>Maximum hebdomadaire du travail de &amp;nuit :</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>When (local time)</source>
            <translation>Quand (heure locale)</translation>
        </message>
        <message>
            <source>Worked (h)</source>
            <translation>Travaillé (h)</translation>
        </message>
        <message>
            <source>Worked h</source>
            <translation>Travaillé h</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Youth not in employment, education or training</source>
            <translation>Jeune sans emploi, ni études, ni formation</translation>
        </message>
        <message>
            <source>advance</source>
            <translation>avance</translation>
        </message>
        <message>
            <source>allowance</source>
            <translation>indemnité</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatique</translation>
        </message>
        <message>
            <source>baseline date</source>
            <translation>date de départ</translation>
        </message>
        <message>
            <source>baseline monthly income</source>
            <translation>revenu mensuel de départ</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>avant une restauration</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>avant un import</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>avant une mise à niveau</translation>
        </message>
        <message>
            <source>before closing payroll</source>
            <translation>avant la clôture de la paie</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuelle</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>clôturée</translation>
        </message>
        <message>
            <source>cohort</source>
            <translation>promotion</translation>
        </message>
        <message>
            <source>consent date</source>
            <translation>date du consentement</translation>
        </message>
        <message>
            <source>consent taken by</source>
            <translation>consentement recueilli par</translation>
        </message>
        <message>
            <source>county</source>
            <translation>comté</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>journalier</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>date de naissance</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>retenue</translation>
        </message>
        <message>
            <source>dependents</source>
            <translation>personnes à charge</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>handicap</translation>
        </message>
        <message>
            <source>disability notes</source>
            <translation>notes sur le handicap</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>draft (not run)</source>
            <translation>brouillon (non calculé)</translation>
        </message>
        <message>
            <source>draft (run again)</source>
            <translation>brouillon (à recalculer)</translation>
        </message>
        <message>
            <source>education level</source>
            <translation>niveau d'études</translation>
        </message>
        <message>
            <source>eligibility criterion</source>
            <translation>critère d'admissibilité</translation>
        </message>
        <message>
            <source>emergency contact</source>
            <translation>contact d'urgence</translation>
        </message>
        <message>
            <source>emergency phone</source>
            <translation>téléphone d'urgence</translation>
        </message>
        <message>
            <source>employment status</source>
            <translation>situation d'emploi</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>preuve</translation>
        </message>
        <message>
            <source>exit kind</source>
            <translation>type de sortie</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>prénom</translation>
        </message>
        <message>
            <source>fortnightly</source>
            <translation>bimensuel</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>genre</translation>
        </message>
        <message>
            <source>guardian</source>
            <translation>tuteur</translation>
        </message>
        <message>
            <source>guardian consent date</source>
            <translation>date du consentement du tuteur</translation>
        </message>
        <message>
            <source>hourly</source>
            <translation>horaire</translation>
        </message>
        <message>
            <source>household size</source>
            <translation>taille du ménage</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>left involuntarily</source>
            <translation>parti involontairement</translation>
        </message>
        <message>
            <source>left voluntarily</source>
            <translation>parti volontairement</translation>
        </message>
        <message>
            <source>loan</source>
            <translation>prêt</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensuel</translation>
        </message>
        <message>
            <source>monthly income</source>
            <translation>revenu mensuel</translation>
        </message>
        <message>
            <source>months unemployed</source>
            <translation>mois sans emploi</translation>
        </message>
        <message>
            <source>national ID</source>
            <translation>n° d'identité</translation>
        </message>
        <message>
            <source>no shift</source>
            <translation>pas de poste</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>à l'heure</translation>
        </message>
        <message>
            <source>other names</source>
            <translation>autres noms</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>piece</source>
            <translation>à la pièce</translation>
        </message>
        <message>
            <source>positive exit</source>
            <translation>sortie positive</translation>
        </message>
        <message>
            <source>poverty score</source>
            <translation>score de pauvreté</translation>
        </message>
        <message>
            <source>replaced database</source>
            <translation>base remplacée</translation>
        </message>
        <message>
            <source>reviewed</source>
            <translation>vérifiée</translation>
        </message>
        <message>
            <source>settlement</source>
            <translation>quartier</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>étape</translation>
        </message>
        <message>
            <source>stipend</source>
            <translation>indemnité de stage</translation>
        </message>
        <message>
            <source>survey date</source>
            <translation>date de l'enquête</translation>
        </message>
        <message>
            <source>union</source>
            <translation>syndicat</translation>
        </message>
        <message>
            <source>unplanned</source>
            <translation>non prévu</translation>
        </message>
        <message>
            <source>verified by</source>
            <translation>vérifié par</translation>
        </message>
        <message>
            <source>verified on</source>
            <translation>vérifié le</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>hebdomadaire</translation>
        </message>
        <message>
            <source>when closing</source>
            <translation>à la fermeture</translation>
        </message>
        <message>
            <source>which disadvantage</source>
            <translation>quel désavantage</translation>
        </message>
    </context>
    <context>
        <name>WorkLogDialog</name>
        <message>
            <source>Record work on {0}</source>
            <translation>Saisir le travail sur {0}</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>Units and minutes per worker</source>
            <translation>Unités et minutes par travailleur</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Units by {0}</source>
            <translation>Unités de {0}</translation>
        </message>
        <message>
            <source>Minutes by {0}</source>
            <translation>Minutes de {0}</translation>
        </message>
        <message>
            <source>More units than expected</source>
            <translation>Plus d'unités que prévu</translation>
        </message>
        <message>
            <source>Batch {0} expects {1} units; with these logs it would have {2}. Save anyway?</source>
            <translation>Le lot {0} attend {1} unités ; avec ces relevés il en aurait {2}. Enregistrer quand même ?</translation>
        </message>
    </context>
    <context>
        <name>WorkLogImportView</name>
        <message>
            <source>Type in a day's work</source>
            <translation>Saisir le travail d'une journée</translation>
        </message>
        <message>
            <source>Batch reference</source>
            <translation>Référence du lot</translation>
        </message>
        <message>
            <source>&amp;Record work…</source>
            <translation>&amp;Saisir le travail…</translation>
        </message>
        <message>
            <source>A worker's &amp;day across batches…</source>
            <translation>La &amp;journée d'un travailleur sur ses lots…</translation>
        </message>
        <message>
            <source>or</source>
            <translation>ou</translation>
        </message>
        <message>
            <source>Import from a client platform (CSV or XLSX: batch_ref, national_id, date, units, minutes)</source>
            <translation>Importer depuis une plateforme client (CSV ou XLSX : batch_ref, national_id, date, units, minutes)</translation>
        </message>
        <message>
            <source>&amp;Check a file…</source>
            <translation>&amp;Vérifier un fichier…</translation>
        </message>
        <message>
            <source>Accept batches getting more units than expected</source>
            <translation>Accepter les lots qui reçoivent plus d'unités que prévu</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problèmes dans le fichier</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Lignes du fichier</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Travailleur</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Work-log file</source>
            <translation>Fichier de relevés de travail</translation>
        </message>
        <message>
            <source>CSV or Excel (*.csv *.xlsx)</source>
            <translation>CSV ou Excel (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Saved {0} work log(s), {1} units.</source>
            <translation>{0} relevé(s) de travail enregistré(s), {1} unités.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Vérification du fichier…</translation>
        </message>
        <message>
            <source>Importing work logs…</source>
            <translation>Import des relevés de travail…</translation>
        </message>
        <message>
            <source>warning: {0}</source>
            <translation>avertissement : {0}</translation>
        </message>
        <message>
            <source>{0} problem(s) in {1} rows; fix the file and check it again. Nothing was saved.</source>
            <translation>{0} problème(s) sur {1} lignes ; corrigez le fichier et vérifiez-le de nouveau. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>{0} rows, all good. Press Import to save them.</source>
            <translation>{0} lignes, toutes correctes. Appuyez sur Importer pour les enregistrer.</translation>
        </message>
        <message>
            <source>Imported {0} work logs. A backup was made before: {1}</source>
            <translation>{0} relevés de travail importés. Une sauvegarde a été faite avant : {1}</translation>
        </message>
    </context>
    <context>
        <name>WorkerDayDialog</name>
        <message>
            <source>Record a worker's day</source>
            <translation>Saisir la journée d'un travailleur</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Travailleur :</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>The worker's open batches</source>
            <translation>Les lots ouverts du travailleur</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Client / project</source>
            <translation>Client / projet</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Logged that day</source>
            <translation>Saisi ce jour-là</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>More units than expected</source>
            <translation>Plus d'unités que prévu</translation>
        </message>
        <message>
            <source>Units on {0}</source>
            <translation>Unités sur {0}</translation>
        </message>
        <message>
            <source>Minutes on {0}</source>
            <translation>Minutes sur {0}</translation>
        </message>
        <message>
            <source>There are no workers yet.</source>
            <translation>Il n'y a pas encore de travailleurs.</translation>
        </message>
        <message>
            <source>{0} is not assigned to any open batch; assign them from a batch's detail on the board.</source>
            <translation>{0} n'est affecté à aucun lot ouvert ; affectez-le depuis le détail d'un lot sur le tableau.</translation>
        </message>
        <message>
            <source>{0} open batch(es). Type the units and minutes for each batch worked on that day; leave the rest at 0.</source>
            <translation>{0} lot(s) ouvert(s). Saisissez les unités et les minutes de chaque lot travaillé ce jour-là ; laissez les autres à 0.</translation>
        </message>
        <message>
            <source>Batch {0} expects {1} units; with these logs it would have {2}. Save anyway?</source>
            <translation>Le lot {0} attend {1} unités ; avec ces relevés il en aurait {2}. Enregistrer quand même ?</translation>
        </message>
        <message>
            <source>work logs</source>
            <translation>relevés de travail</translation>
        </message>
    </context>
    <context>
        <name>_DatedTab</name>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Du :</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Au :</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Printing certificates…</source>
            <translation>Impression des certificats…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
</TS>
