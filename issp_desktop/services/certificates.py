"""Progress and skill certificates: issue, register, print, verify offline, revoke; the centre's
signing key and trusted centres; badges.
"""

from __future__ import annotations

from issp_desktop.services.base import Service


class CertificateService(Service):
    """The use cases; see the module's docstring."""
