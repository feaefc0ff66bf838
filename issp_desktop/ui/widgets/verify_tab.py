"""Verify: scan a certificate's QR code (a scanner types it and presses Enter) or type its
short code, and see at once GENUINE, NOT GENUINE, REVOKED or UNKNOWN with the signed
content beside it. Open to everybody signed in."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from issp_desktop.domain.certificates import format_code, long_name_of_kind
from issp_desktop.services.certificate_types import VerifyResult, VerifyStatus
from issp_desktop.ui.errors import error_text
from issp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from issp_desktop.services import Services

_STYLE = {
    VerifyStatus.GENUINE: ("#1b5e20", "#e8f5e9"),
    VerifyStatus.NOT_GENUINE: ("#b00020", "#fdecea"),
    VerifyStatus.REVOKED: ("#8a4b00", "#fff3e0"),
    VerifyStatus.UNKNOWN: ("#37474f", "#eceff1"),
}


class VerifyTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.result: VerifyResult | None = None
        self.setObjectName("verifyTab")
        intro = QLabel(self.tr("Scan the certificate's QR code into the box (or paste its "
                               "text), or type the short code printed under it, then press "
                               "Enter."))
        intro.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setObjectName("verifyInput")
        self.input.setAccessibleName(self.tr("QR text or short code"))
        self.input.setPlaceholderText(self.tr("e.g. 7KQ2-M9XD-4HTR, or scan the QR code"))
        self.input.returnPressed.connect(self.verify)
        self.button = QPushButton(self.tr("&Check"))
        self.button.setObjectName("verifyButton")
        self.button.clicked.connect(self.verify)
        self.status = QLabel()
        self.status.setObjectName("verifyStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumHeight(72)
        self.status.setAccessibleName(self.tr("Result"))
        self.reason = QLabel()
        self.reason.setObjectName("verifyReason")
        self.reason.setWordWrap(True)
        self.content = QTextBrowser()
        self.content.setObjectName("verifyContent")
        self.content.setAccessibleName(self.tr("What the certificate says (signed)"))
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.button)
        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addWidget(self.reason)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.content, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(body, 1)

    def load(self) -> None:
        self.input.setFocus()

    def verify(self) -> None:
        text = self.input.text()
        certs = self.services.certificates
        self.runner.submit(lambda _p, _c: certs.verify(text), on_done=self.show_result,
                           on_error=self._on_failed, name="verify certificate")

    def show_result(self, result: Any) -> None:
        assert isinstance(result, VerifyResult)
        self.result = result
        titles = {VerifyStatus.GENUINE: self.tr("GENUINE"),
                  VerifyStatus.NOT_GENUINE: self.tr("NOT GENUINE"),
                  VerifyStatus.REVOKED: self.tr("REVOKED"),
                  VerifyStatus.UNKNOWN: self.tr("NOT FOUND")}
        ink, paper = _STYLE[result.status]
        self.status.setText(titles[result.status])
        self.status.setStyleSheet(f"font-size: 28pt; font-weight: bold; color: {ink}; "
                                  f"background: {paper}; border: 2px solid {ink}; "
                                  "border-radius: 6px; padding: 8px;")
        self.status.setAccessibleDescription(titles[result.status])
        self.reason.setText(result.reason)
        self.content.setHtml(self._content_html(result))
        self.input.selectAll()

    def _content_html(self, result: VerifyResult) -> str:
        c = result.content
        if c is None:
            return ""
        rows = [
            (self.tr("Person"), c.person),
            (self.tr("Certificate"), long_name_of_kind(c.kind)),
            (self.tr("Serial"), c.serial),
            (self.tr("Short code"), format_code(result.code) if result.code else "—"),
            (self.tr("Issued on"), c.issued_on.isoformat()),
            (self.tr("Issued by"), result.issuer or self.tr("unknown centre ({0})")
             .format(c.key_id)),
            (self.tr("Programme"), c.programme or "—"),
            (self.tr("Cohort"), c.cohort or "—"),
            (self.tr("Modules passed"), f"{c.modules_passed} / {c.modules_total}"),
            (self.tr("Attendance"), c.attendance_text),
            (self.tr("Hours of training"), str(c.hours)),
        ]
        if c.production_text:
            rows.append((self.tr("Evidence at work"), c.production_text))
        html = ["<table cellspacing='4'>"]
        html += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
        html.append("</table>")
        if c.results:
            html.append(f"<p><b>{escape(self.tr('Results'))}</b></p><table cellspacing='4'>")
            for r in c.results:
                level = f" — {escape(r.level())}" if c.kind.value == "skill" else ""
                html.append(f"<tr><td>{escape(r.name)}</td><td>{escape(r.text())}{level}"
                            "</td></tr>")
            html.append("</table>")
        if result.revoked_at is not None:
            html.append(f"<p style='color:#8a4b00'><b>{escape(self.tr('Revoked'))}</b> "
                        f"{result.revoked_at:%Y-%m-%d}: {escape(result.revoked_reason)}</p>")
        return "".join(html)

    def _on_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.status.setText(self.tr("Could not check"))
        self.reason.setText(error_text(exc))
