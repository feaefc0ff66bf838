"""Progress and skill certificates: issue, register, print, verify offline, revoke; the centre's
signing key and trusted centres; badges.

The use cases live in four rooms put together here as one service: ``certificate_issue``
(eligibility, preview, issuing into the register or straight into one PDF),
``certificate_register`` (the register, reprint, revoke, verify), ``certificate_settings``
(branding, wording per programme, our public key, trusted centres) and ``certificate_badges``
(ID badges). Plain data in and out is in ``certificate_types``; what a certificate says, its
signed form and short codes are the pure rules of ``domain.certificates``.
"""

from __future__ import annotations

from issp_desktop.services.certificate_badges import BadgeUseCases
from issp_desktop.services.certificate_issue import IssueUseCases
from issp_desktop.services.certificate_register import RegisterUseCases
from issp_desktop.services.certificate_settings import SettingsUseCases


class CertificateService(IssueUseCases, RegisterUseCases, SettingsUseCases, BadgeUseCases):
    """Everything about certificates and badges; see the four parts for the use cases."""
