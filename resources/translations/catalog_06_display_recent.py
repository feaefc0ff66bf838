# ruff: noqa: E501
"""Kiswahili and French for the UI: (English source, Kiswahili, French). Read by update.py.

Display settings (high contrast, text size) and words added with the accessibility work:
conflict and late markers that carry text as well as colour."""

ENTRIES = [
    ('{0} — QA failed', "{0} — haikupita ukaguzi", "{0} — échec au contrôle qualité"),
    ('Workers on the batch', "Wafanyakazi kwenye bechi", "Travailleurs sur le lot"),
    ('Display on this PC', "Mwonekano kwenye kompyuta hii", "Affichage sur ce PC"),
    ('&High-contrast theme (light text on black)', "Mandhari ya &utofautishaji mkubwa (maandishi meupe kwenye nyeusi)", "Thème à &fort contraste (texte clair sur fond noir)"),
    ('Text size in percent', "Ukubwa wa maandishi kwa asilimia", "Taille du texte en pourcentage"),
    ('Kept for this computer only; applied at once.', "Inahifadhiwa kwa kompyuta hii tu; inatumika mara moja.", "Conservé pour cet ordinateur seulement ; appliqué immédiatement."),
    ('&Text size:', "Ukubwa wa &maandishi:", "&Taille du texte :"),
    ('Applied, but not kept for the next start: {0}', "Imetumika, lakini haitahifadhiwa kwa kuanza tena: {0}", "Appliqué, mais non conservé pour le prochain démarrage : {0}"),
    ('Conflict: cannot be saved', "Mgongano: haiwezi kuhifadhiwa", "Conflit : enregistrement impossible"),
    ('Warning: check before saving', "Onyo: kagua kabla ya kuhifadhi", "Attention : vérifiez avant d'enregistrer"),
    ('Units and minutes per worker', "Vipimo na dakika kwa kila mfanyakazi", "Unités et minutes par travailleur"),
]
ENTRIES += [
    # payroll settings: group titles kept short, the rule said beneath (longer languages fold)
    ('Never edited: a change is a new dated version.', "Hayabadilishwi kamwe: badiliko ni toleo jipya lenye tarehe.", "Jamais modifiées : un changement est une nouvelle version datée."),
    ("Dated: the newest row up to a period's end applies.", "Yenye tarehe: safu ya karibuni hadi mwisho wa kipindi ndiyo inayotumika.", "Datés : la ligne la plus récente jusqu'à la fin d'une période s'applique."),
]
ENTRIES += [
    # help menu
    ('&Help for this page', "&Msaada wa ukurasa huu", "&Aide sur cette page"),
    ('&Quick-start guide (PDF)…', "&Mwongozo wa kuanza haraka (PDF)…", "&Guide de démarrage rapide (PDF)…"),
    ('Help: {0}', "Msaada: {0}", "Aide : {0}"),
    ('Save the quick-start guide', "Hifadhi mwongozo wa kuanza haraka", "Enregistrer le guide de démarrage rapide"),
]
ENTRIES += [
    # database settings (multi-PC server)
    ('Database', "Hifadhidata", "Base de données"),
    ('Server name or IP address', "Jina la seva au anwani ya IP", "Nom du serveur ou adresse IP"),
    ('e.g. office-pc or 192.168.1.10', "mf. office-pc au 192.168.1.10", "p. ex. office-pc ou 192.168.1.10"),
    ('Server port', "Lango la seva", "Port du serveur"),
    ('Database name', "Jina la hifadhidata", "Nom de la base"),
    ('Database user', "Mtumiaji wa hifadhidata", "Utilisateur de la base"),
    ('Database password', "Nenosiri la hifadhidata", "Mot de passe de la base"),
    ('&Remember the password on this PC', "&Kumbuka nenosiri kwenye kompyuta hii", "&Mémoriser le mot de passe sur ce PC"),
    ("Kept in PostgreSQL's password file for your user on this PC, never in the settings file. Otherwise give it in ISSP_DB_PASSWORD.", "Huhifadhiwa kwenye faili ya manenosiri ya PostgreSQL ya mtumiaji wako kwenye kompyuta hii, kamwe si kwenye faili ya mipangilio. La sivyo litoe kupitia ISSP_DB_PASSWORD.", "Conservé dans le fichier de mots de passe PostgreSQL de votre utilisateur sur ce PC, jamais dans le fichier de paramètres. Sinon, donnez-le dans ISSP_DB_PASSWORD."),
    ('&Server:', "&Seva:", "&Serveur :"),
    ('P&ort:', "&Lango:", "P&ort :"),
    ('Data&base:', "&Hifadhidata:", "&Base :"),
    ('&User:', "&Mtumiaji:", "&Utilisateur :"),
    ('Pass&word:', "&Nenosiri:", "&Mot de passe :"),
    ('&Test connection', "&Jaribu muunganisho", "&Tester la connexion"),
    ('Use this ser&ver', "Tumia seva &hii", "Utiliser ce ser&veur"),
    ('Use the &file on this PC', "Tumia &faili ya kompyuta hii", "Utiliser le &fichier de ce PC"),
    ('This PC now uses: {0}', "Kompyuta hii sasa inatumia: {0}", "Ce PC utilise maintenant : {0}"),
    ('Only a manager can change where the data is kept.', "Ni meneja pekee anayeweza kubadilisha mahali data inapohifadhiwa.", "Seul un responsable peut changer l'endroit où les données sont conservées."),
    ('Connecting to {0}…', "Inaunganisha na {0}…", "Connexion à {0}…"),
    ('The settings could not be saved: {0}', "Mipangilio haikuweza kuhifadhiwa: {0}", "Les paramètres n'ont pas pu être enregistrés : {0}"),
    ("Saved. From the next start this PC uses {0}. To bring this centre's data there first, run: issp db migrate-to postgresql://USER@SERVER/DATABASE", "Imehifadhiwa. Kuanzia utakapoanzisha tena kompyuta hii itatumia {0}. Ili kuhamishia data ya kituo hiki huko kwanza, endesha: issp db migrate-to postgresql://USER@SERVER/DATABASE", "Enregistré. Au prochain démarrage, ce PC utilisera {0}. Pour y transférer d'abord les données de ce centre, lancez : issp db migrate-to postgresql://USER@SERVER/DATABASE"),
    ('Saved. From the next start this PC uses its own file.', "Imehifadhiwa. Kuanzia utakapoanzisha tena kompyuta hii itatumia faili yake yenyewe.", "Enregistré. Au prochain démarrage, ce PC utilisera son propre fichier."),
]
ENTRIES += [
    # certificates: the language of the printed wording
    ('Language of the printed wording', "Lugha ya maneno yanayochapishwa", "Langue du texte imprimé"),
    ('&Wording in:', "&Maneno kwa:", "&Texte en :"),
]
ENTRIES += [
    # settings tabs
    ('This PC', "Kompyuta hii", "Ce PC"),
]
