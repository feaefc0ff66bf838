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
