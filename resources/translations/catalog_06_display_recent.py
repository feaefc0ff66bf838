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
