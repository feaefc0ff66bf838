"""The words of a payslip in English (with Kiswahili beneath), Kiswahili or French.

Presentation only: the figures, lines and totals are the same in every language; only the
printed words around them change, and in French the amounts are written the French way
("25 000,00"). A payslip is a legal pay document, so it is printed in ONE working language a
worker and a labour inspector read:

- ``en`` (the default): English with Kiswahili beneath every label, as in Kenya.
- ``sw``: Kiswahili alone.
- ``fr``: French alone — a *bulletin de paie* as Francophone centres (Senegal, DRC, Rwanda…)
  expect it: French is the official language of labour law there, the inspector reads the
  French, and an English line under every label only crowds a page the worker must understand.

The names of the lines the payroll writes ("Basic pay", "PAYE income tax"…) are stored in
English; they are put into Kiswahili or French here when printed. A line the centre named
itself (an allowance "Transport") is printed as the centre wrote it.

The language in force is set around a print with ``payslip_language("fr")`` (a context
variable, so each thread or task has its own) and read by ``reports/payslip_pdf.py``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from contextvars import ContextVar

from issp_desktop.domain.payroll import hours_text, money
from issp_desktop.reports.language import printing_in

LANGUAGES = ("en", "sw", "fr")
NNBSP = "\u202f"  # French thousands separator: a narrow no-break space

# key -> (English, Kiswahili, French)
_LABELS: dict[str, tuple[str, str, str]] = {
    "title": ("Payslip", "Hati ya malipo", "Bulletin de paie"),
    "title_many": ("Payslips", "Hati za malipo", "Bulletins de paie"),
    "period": ("Pay period", "Kipindi cha malipo", "Période de paie"),
    "pay_date": ("Pay date", "Tarehe ya malipo", "Date de paiement"),
    "name": ("Name", "Jina", "Nom"),
    "id": ("ID number", "Nambari ya kitambulisho", "N° d'identité"),
    "payment": ("Paid by", "Njia ya malipo", "Mode de paiement"),
    "earnings": ("Earnings", "Mapato", "Rémunération"),
    "deductions": ("Deductions", "Makato", "Retenues"),
    "employer": ("Employer contributions (not deducted)", "Michango ya mwajiri (haikatwi)",
                 "Cotisations patronales (non retenues)"),
    "gross": ("Gross pay", "Mshahara ghafi", "Salaire brut"),
    "total_ded": ("Total deductions", "Jumla ya makato", "Total des retenues"),
    "net": ("Net pay", "Mshahara halisi", "Net à payer"),
    "taxable": ("Taxable pay", "Mshahara unaotozwa kodi", "Salaire imposable"),
    "amount": ("Amount", "Kiasi", "Montant"),
    "detail": ("Quantity × rate", "Kiasi × kiwango", "Quantité × taux"),
    "notes": ("Notes", "Maelezo", "Remarques"),
}
_WORDS: dict[str, tuple[str, str, str]] = {
    "draft": ("DRAFT — not final / RASIMU", "RASIMU — si ya mwisho",
              "PROJET — non définitif"),
    "days": ("{0} day(s)", "siku {0}", "{0} jour(s)"),
    "none": ("{centre}: no payslips in {period}.", "{centre}: hakuna hati za malipo katika "
             "{period}.", "{centre} : aucun bulletin de paie pour {period}."),
    "adjustment": ("Adjustment: ", "Marekebisho: ", "Régularisation : "),
    "corrects": ("corrects payslip ", "inasahihisha hati ya malipo ",
                 "corrige le bulletin "),
    "mpesa": ("M-Pesa", "M-Pesa", "M-Pesa"),
    "bank": ("Bank / Benki", "Benki", "Virement bancaire"),
    "cash": ("Cash / Pesa taslimu", "Pesa taslimu", "Espèces"),
    "progress": ("Payslip {0} of {1}", "Hati ya malipo {0} kati ya {1}",
                 "Bulletin {0} sur {1}"),
}
# The names the payroll gives its lines (domain/payroll.py, the rule packs), in Kiswahili and
# French. English payslips print the stored name unchanged.
LINE_NAMES: dict[str, tuple[str, str]] = {
    "Basic pay": ("Mshahara wa msingi", "Salaire de base"),
    "Less unpaid days": ("Kupunguza siku zisizolipwa", "Absences non rémunérées"),
    "Overtime (weekdays)": ("Saa za ziada (siku za kazi)",
                            "Heures supplémentaires (jours ouvrables)"),
    "Overtime (rest days, public holidays)": ("Saa za ziada (mapumziko, sikukuu)",
                                              "Heures supplémentaires (repos, jours fériés)"),
    "Hours worked": ("Saa za kazi", "Heures travaillées"),
    "Paid standby (outages)": ("Kusubiri kunakolipwa (umeme kukatika)",
                               "Attente rémunérée (coupures)"),
    "Minimum-wage top-up": ("Nyongeza ya kima cha chini cha mshahara",
                            "Complément au salaire minimum"),
    "Minimum wage": ("Kima cha chini cha mshahara", "Salaire minimum"),
    "Stipend (terms)": ("Posho ya mafunzo (masharti)", "Allocation de stage (contrat)"),
    "Allowance": ("Marupurupu", "Indemnité"),
    "Salary advance": ("Malipo ya awali ya mshahara", "Avance sur salaire"),
    "Loan repayment": ("Marejesho ya mkopo", "Remboursement de prêt"),
    "Union dues": ("Ada ya chama cha wafanyakazi", "Cotisation syndicale"),
    "Other deduction": ("Makato mengine", "Autre retenue"),
    "Adjustment": ("Marekebisho", "Régularisation"),
    "Taxable pay": ("Mshahara unaotozwa kodi", "Salaire imposable"),
    "PAYE income tax": ("Kodi ya mapato (PAYE)", "Impôt sur le revenu (PAYE)"),
    "NSSF pension (Tier I + Tier II)": ("Pensheni ya NSSF (Daraja I + II)",
                                        "Retraite NSSF (niveaux I et II)"),
    "Social Health Insurance Fund": ("Mfuko wa Bima ya Afya ya Jamii (SHIF)",
                                     "Fonds d'assurance maladie (SHIF)"),
    "NHIF health insurance": ("Bima ya afya ya NHIF", "Assurance maladie NHIF"),
    "Affordable Housing Levy": ("Tozo ya Nyumba za Gharama Nafuu (AHL)",
                                "Taxe sur le logement abordable (AHL)"),
}
# "Piece rate: Acme transcription" and the like: the English start, then the centre's words.
LINE_PREFIXES: dict[str, tuple[str, str]] = {
    "Piece rate: ": ("Malipo kwa kipande: ", "Travail à la pièce : "),
    "No piece rate: ": ("Hakuna kiwango cha kipande: ", "Pas de tarif à la pièce : "),
    "Stipend: ": ("Posho ya mafunzo: ", "Allocation de stage : "),
}
EMPLOYER_SUFFIX = (" (employer)", " (mwajiri)", " (part patronale)")

_language: ContextVar[str] = ContextVar("payslip_language", default="en")


def current() -> str:
    return _language.get()


def payslip_language(language: str) -> AbstractContextManager[None]:
    """Print payslips in ``language`` ("en", "sw", "fr") inside the ``with`` block."""
    return printing_in(_language, language, LANGUAGES, "payslip")


def _column(language: str | None) -> int:
    return LANGUAGES.index(language or _language.get())


def label(key: str, language: str | None = None) -> tuple[str, str]:
    """(the label, the smaller line beneath it — Kiswahili under English, else empty)."""
    words = _LABELS[key]
    col = _column(language)
    return (words[0], words[1]) if col == 0 else (words[col], "")


def word(key: str, language: str | None = None) -> str:
    return _WORDS[key][_column(language)]


def line_name(name: str, language: str | None = None) -> str:
    """A stored line name in the payslip's language; the centre's own names stay as written."""
    col = _column(language)
    if col == 0:
        return name
    suffix = ""
    if name.endswith(EMPLOYER_SUFFIX[0]):
        name, suffix = name[:-len(EMPLOYER_SUFFIX[0])], EMPLOYER_SUFFIX[col]
    if name in LINE_NAMES:
        return LINE_NAMES[name][col - 1] + suffix
    for start, words in LINE_PREFIXES.items():
        if name.startswith(start):
            return words[col - 1] + name[len(start):] + suffix
    return name + suffix


def note(text: str, language: str | None = None) -> str:
    """A note the payroll wrote ("Adjustment: corrects 2026-10 #12: wrong rate")."""
    col = _column(language)
    for key in ("adjustment", "corrects"):
        english = _WORDS[key][0]
        if text.startswith(english):
            text = _WORDS[key][col] + note(text[len(english):], language)
            break
    return text


def amount(cents: int, language: str | None = None) -> str:
    """Money as the payslip prints it: "25,000.00"; in French "25 000,00"."""
    text = money(cents)
    if _column(language) == 2:
        text = text.replace(",", NNBSP).replace(".", ",")
    return text


def hours(minutes: int, language: str | None = None) -> str:
    text = hours_text(minutes)
    return text.replace(".", ",") if _column(language) == 2 else text


def count(n: int, language: str | None = None) -> str:
    text = f"{n:,}"
    return text.replace(",", NNBSP) if _column(language) == 2 else text
