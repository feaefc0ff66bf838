# ruff: noqa: E501
"""Kiswahili and French for the UI: (English source, Kiswahili, French). Read by update.py.

Messages the lead adds while integrating (third session), and those that an apostrophe kept
out of ``extra_sources.py`` before the tool was fixed."""

ENTRIES = [
    ("Guardian's name", "Jina la mlezi", "Nom du tuteur"),
    # impact page: one centre's figures at head office
    ("Cent&re", "Ki&tuo", "Cent&re"),
    # the door kiosk: a punch whose time looks wrong needs a supervisor's signature
    ("The time of this clock-{0} for {1} looks wrong:\n\n{2}\n\nIs this computer's clock right? A supervisor or manager signs to save the punch anyway.",
     "Muda wa {0} huu kwa {1} unaonekana si sahihi:\n\n{2}\n\nJe, saa ya kompyuta hii iko sawa? Msimamizi au meneja atie sahihi ili kuhifadhi hata hivyo.",
     "L'heure de ce pointage ({0}) pour {1} semble fausse :\n\n{2}\n\nL'horloge de cet ordinateur est-elle juste ? Un superviseur ou un responsable signe pour l'enregistrer quand même."),
    ("Only a supervisor or a manager may confirm a punch whose time looks wrong.",
     "Ni msimamizi au meneja tu anayeweza kuthibitisha mpigo ambao muda wake unaonekana si sahihi.",
     "Seul un superviseur ou un responsable peut confirmer un pointage dont l'heure semble fausse."),
]
