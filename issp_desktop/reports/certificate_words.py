"""The fixed wording of a certificate in English, Kiswahili or French.

Presentation only: what a certificate states (and what is signed and carried by its QR code)
is the same in every language; only the printed words around it change. A centre's own
titles and sentences (Templates & signing) are printed as the centre wrote them; the default
ones are printed in the chosen language.

The language in force is set around a print with ``certificate_language("sw")`` (a context
variable, so each thread or task has its own) and read by ``reports/certificate_pdf.py``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from contextvars import ContextVar

from issp_desktop.reports.language import printing_in

LANGUAGES = ("en", "sw", "fr")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title_progress": "Certificate of Progress",
        "title_skill": "Certificate of Skill",
        "text_progress": "has made the following progress in the {programme} programme at "
                         "{centre} (cohort {cohort}).",
        "text_skill": "has completed the {programme} programme at {centre} (cohort {cohort}) "
                      "and has shown the skills below.",
        "certify": "This is to certify that",
        "summary": "Modules passed: {passed} of {total}   ·   Attendance: {attendance}   ·   "
                   "Hours of training: {hours}",
        "module": "Module", "result": "Result", "level": "Level",
        "typing": "{wpm} wpm at {accuracy} accuracy", "score": "{score} / 100",
        "Advanced": "Advanced", "Proficient": "Proficient", "Competent": "Competent",
        "evidence": "Evidence at work: production accuracy {accuracy} over {batches} {batch}",
        "batch_one": "batch", "batch_many": "batches",
        "issued": "Issued on {date}", "serial": "Serial {serial}",
        "serial_preview": "Serial (given when issued)",
        "check_1": "Check this certificate: scan the code, or type",
        "check_2": "the short code in ISSP Desktop → Certificates → Verify.",
        "preview": "PREVIEW — not issued, not valid",
        "training": "training", "the_centre": "the centre",
        "months": "January February March April May June July August September October "
                  "November December",
    },
    "sw": {
        "title_progress": "Cheti cha Maendeleo",
        "title_skill": "Cheti cha Ujuzi",
        "text_progress": "amepiga hatua zifuatazo katika programu ya {programme} katika "
                         "{centre} (kundi {cohort}).",
        "text_skill": "amekamilisha programu ya {programme} katika {centre} (kundi {cohort}) "
                      "na ameonyesha ujuzi ufuatao.",
        "certify": "Hii ni kuthibitisha kwamba",
        "summary": "Moduli alizofaulu: {passed} kati ya {total}   ·   Mahudhurio: "
                   "{attendance}   ·   Saa za mafunzo: {hours}",
        "module": "Moduli", "result": "Matokeo", "level": "Kiwango",
        "typing": "maneno {wpm} kwa dakika kwa usahihi wa {accuracy}",
        "score": "{score} / 100",
        "Advanced": "Cha juu", "Proficient": "Stadi", "Competent": "Anayeweza",
        "evidence": "Ushahidi kazini: usahihi wa uzalishaji {accuracy} katika {batch} {batches}",
        "batch_one": "bechi", "batch_many": "bechi",
        "issued": "Kimetolewa tarehe {date}", "serial": "Nambari ya mfululizo {serial}",
        "serial_preview": "Nambari ya mfululizo (hutolewa kinapotolewa)",
        "check_1": "Thibitisha cheti hiki: skani msimbo, au andika",
        "check_2": "msimbo mfupi katika ISSP Desktop → Vyeti → Thibitisha.",
        "preview": "HAKIKI — hakijatolewa, si halali",
        "training": "mafunzo", "the_centre": "kituo",
        "months": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba "
                  "Novemba Desemba",
    },
    "fr": {
        "title_progress": "Certificat de progression",
        "title_skill": "Certificat de compétences",
        "text_progress": "a accompli les progrès suivants dans le programme {programme} à "
                         "{centre} (promotion {cohort}).",
        "text_skill": "a terminé le programme {programme} à {centre} (promotion {cohort}) "
                      "et a fait preuve des compétences ci-dessous.",
        "certify": "Nous certifions que",
        "summary": "Modules réussis : {passed} sur {total}   ·   Assiduité : {attendance}   ·"
                   "   Heures de formation : {hours}",
        "module": "Module", "result": "Résultat", "level": "Niveau",
        "typing": "{wpm} mots/min avec {accuracy} de précision", "score": "{score} / 100",
        "Advanced": "Avancé", "Proficient": "Confirmé", "Competent": "Compétent",
        "evidence": "Preuves au travail : précision de production {accuracy} sur {batches} "
                    "{batch}",
        "batch_one": "lot", "batch_many": "lots",
        "issued": "Délivré le {date}", "serial": "N° de série {serial}",
        "serial_preview": "N° de série (attribué à la délivrance)",
        "check_1": "Vérifiez ce certificat : scannez le code, ou tapez",
        "check_2": "le code court dans ISSP Desktop → Certificats → Vérifier.",
        "preview": "APERÇU — non délivré, non valable",
        "training": "formation", "the_centre": "le centre",
        "months": "janvier février mars avril mai juin juillet août septembre octobre "
                  "novembre décembre",
    },
}

_language: ContextVar[str] = ContextVar("certificate_language", default="en")


def current() -> str:
    return _language.get()


def word(key: str, language: str | None = None) -> str:
    return WORDS[language or _language.get()][key]


def certificate_language(language: str) -> AbstractContextManager[None]:
    """Print certificates in ``language`` ("en", "sw", "fr") inside the ``with`` block."""
    return printing_in(_language, language, WORDS, "certificate")


def long_date(day: int, month: int, year: int, language: str | None = None) -> str:
    """"16 November 2026", "16 Novemba 2026", "16 novembre 2026"."""
    return f"{day} {word('months', language).split()[month - 1]} {year}"


def percent(bp: int, language: str | None = None) -> str:
    """Basis points as a percentage with one decimal: "98.7 %" ("98,7 %" in French)."""
    text = f"{bp / 100:.1f} %"
    return text.replace(".", ",") if (language or _language.get()) == "fr" else text
