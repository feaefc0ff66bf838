"""Core error messages in the GUI's language (``ui/errors.py``): validation reasons, not found,
stale record, permission denied, a closed pay period, import lines; English stays word for word
what the core says, and a reason nobody translated stays in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from issp_desktop import errors as e
from issp_desktop.domain.access import Actor, Role
from issp_desktop.services import Services
from issp_desktop.services.payroll_types import PeriodClosedError, PeriodStateError
from issp_desktop.services.people_io import PersonInput
from issp_desktop.ui.dialogs.pay_terms_dialog import PayTermsDialog
from issp_desktop.ui.errors import error_text, problem_text, reason_text
from issp_desktop.ui.translation import install_language


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


ERRORS = [
    e.ValidationError("amount", "'-5' is negative"),
    e.ValidationError("date of birth", "'31/02/2001' is not a real date"),
    e.ValidationError("phone", "'07x' is not a phone number"),
    e.ValidationError("count", "120 is outside 0–100"),
    e.ValidationError("name", "is missing"),
    e.NotFoundError("person", 42),
    e.StaleRecordError("cohort", "amina", "2026-11-16 09:30"),
    e.PermissionDeniedError("supervisor", "pay.edit", "payroll.run"),
    PeriodClosedError("2026-10", "run again"),
    PeriodStateError("2026-11", "draft", "closed", "reviewed"),
    e.ValidationError("file", "line 4: phone: '07x' is not a phone number; line 9: date of "
                              "birth: is in the future; nothing was marked paid"),
]


def test_english_is_what_the_core_says(english: None) -> None:
    for exc in ERRORS:
        if isinstance(exc, e.PermissionDeniedError):
            assert error_text(exc) == "Your role (Supervisor) may not do this: payroll.run."
        else:
            assert error_text(exc) == str(exc)


def test_kiswahili(english: None) -> None:
    assert install_language("sw")
    texts = [error_text(exc) for exc in ERRORS]
    assert texts[0] == "kiasi: '-5' ni hasi"
    assert texts[1] == "tarehe ya kuzaliwa: '31/02/2001' si tarehe halisi"
    assert texts[2] == "simu: '07x' si nambari ya simu"
    assert texts[3].endswith("120 iko nje ya 0–100")
    assert texts[4] == "jina: haipo"
    assert texts[5] == "mtu '42' haikupatikana."
    assert "ilibadilishwa na amina" in texts[6] and "Ipakie upya" in texts[6]
    assert texts[7].startswith("Jukumu lako (") and "payroll.run" in texts[7]
    assert "kimefungwa" in texts[8] and "kuendeshwa tena" in texts[8]
    assert texts[10] == ("faili: mstari 4: simu: '07x' si nambari ya simu; mstari 9: tarehe ya "
                         "kuzaliwa: iko katika siku zijazo; hakuna kilichowekwa alama kuwa "
                         "kimelipwa")
    assert problem_text(3, "phone", "'0' is not a phone number") == \
        "mstari 3: simu: '0' si nambari ya simu"


def test_french(english: None) -> None:
    assert install_language("fr")
    assert error_text(ERRORS[0]) == "montant : « -5 » est négatif"
    assert error_text(ERRORS[5]) == "personne « 42 » introuvable."
    assert error_text(ERRORS[8]).startswith("La période de paie 2026-10 est clôturée")
    assert "relancée" in error_text(ERRORS[8])
    assert error_text(ERRORS[9]) == ("La période de paie 2026-11 est « brouillon » ; elle "
                                     "doit être « vérifiée » pour être clôturée.")


def test_unknown_words_stay_in_english(english: None) -> None:
    assert install_language("sw")
    odd = e.ValidationError("flux capacitor", "needs 1.21 gigawatts")
    assert error_text(odd) == "flux capacitor: needs 1.21 gigawatts"
    assert reason_text("needs 1.21 gigawatts; is missing") == "needs 1.21 gigawatts; haipo"
    assert error_text(e.IsspError("Something odd; really odd")) == "Something odd; really odd"


def test_a_validation_error_in_kiswahili_in_the_pay_terms_dialog(
        qtbot: QtBot, services: Services, english: None) -> None:
    services.people.create(PersonInput("Amina", "Otieno", phone="0712000111"),
                           stage="worker", on=date(2024, 12, 1))
    services.ctx.actor = Actor(7, "clerk", Role.PAYROLL_CLERK, "Hassan Abdi")
    assert install_language("sw")
    dialog = PayTermsDialog(services.payroll, services.payroll.payees())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "-5")
    dialog.save()
    assert dialog.error.text() == "kiasi: '-5' ni hasi"  # typed, refused, said in Kiswahili
    assert dialog.isVisible()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "25,000")
    dialog.kind.setCurrentIndex(dialog.kind.findData("monthly"))
    dialog.method.setCurrentIndex(dialog.method.findData("bank"))
    dialog.save()  # refused by the service: a bank payment needs its account
    assert dialog.error.text() == ("akaunti ya benki: malipo ya benki yanahitaji benki na "
                                   "nambari ya akaunti")
    assert dialog.isVisible()
    assert services.payroll.payees()[0].person_id  # still there; nothing was saved
