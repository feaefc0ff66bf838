"""What a password must be, and what a user name may look like."""

from __future__ import annotations

import re

from issp_desktop.errors import ValidationError

MIN_PASSWORD = 8
MAX_PASSWORD = 256
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


def clean_username(raw: str) -> str:
    name = raw.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValidationError(
            "user name",
            "use 2 to 64 letters a–z, digits, dots, dashes or underscores, starting with a "
            "letter or digit",
        )
    return name


def check_password(password: str, *, username: str = "", allow_weak: bool = False) -> None:
    """Refuse passwords that are too short, too long, or the user name itself.

    ``allow_weak`` exists for demo databases only (their users' password is 'demo')."""
    if allow_weak:
        if not password:
            raise ValidationError("password", "must not be empty")
        return
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"must be at least {MIN_PASSWORD} characters long")
    if len(password) > MAX_PASSWORD:
        raise ValidationError("password", f"must be at most {MAX_PASSWORD} characters long")
    if username and password.strip().lower() == username.lower():
        raise ValidationError("password", "must not be the user name")
    if password.strip() == "":
        raise ValidationError("password", "must not be only spaces")
