"""Typed errors that carry facts. Each knows how to say itself as one plain English line
(``str(err)``); the GUI may word it differently through ``tr()`` using the same facts."""

from __future__ import annotations


class IsspError(Exception):
    """Base of every error a user can cause or fix. Never shown with a traceback."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# --- the store -------------------------------------------------------------------------------

class StoreError(IsspError):
    """The database cannot be used as it is; nothing was changed."""

    exit_code = 3

    def __init__(self, location: str, message: str) -> None:
        super().__init__(message)
        self.location = location


class DatabaseMissingError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"There is no database at {location}. Start ISSP Desktop to create one, "
            "or run 'issp demo' for a demo centre.",
        )


class DatabaseTooNewError(StoreError):
    def __init__(self, location: str, found: str, known: str) -> None:
        super().__init__(
            location,
            f"The database {location} was written by a newer version of ISSP Desktop "
            f"(schema {found}; this version knows up to {known}). Install the newer version; "
            "the file was not changed.",
        )
        self.found = found
        self.known = known


class DatabaseCorruptError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location,
            f"The database {location} is damaged ({detail}). Restore the newest good backup; "
            "the file was not changed.",
        )
        self.detail = detail


class DatabaseNotIsspError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The file {location} is not an ISSP Desktop database. Choose another file; "
            "this one was not changed.",
        )


class DatabaseReadOnlyError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The database {location} cannot be written (read-only file or folder). Give your "
            "user write permission to the file and its folder, or copy it somewhere writable.",
        )


class DatabaseLockedError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The database {location} is locked by another program that is writing to it. "
            "Wait for it to finish or close it, then try again; nothing was changed.",
        )


class NetworkShareError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The database {location} is on a network share. SQLite files are not safe there "
            "because file locking over a network is unreliable; to share a centre between PCs, "
            "use the multi-PC setup with a PostgreSQL server (see README, 'Several PCs').",
        )


class DatabaseExistsError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"A database already exists at {location}. Use --force to replace it "
            "(the old file is kept aside as a backup).",
        )


class DiskFullError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The disk holding {location} is full, so nothing was saved. Free some space "
            "(delete old files, empty the recycle bin), then try again.",
        )


class DatabaseWriteError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location,
            f"The database {location} cannot be written ({detail}); nothing was saved. Check "
            "that the disk is still there and writable, then restart ISSP Desktop.",
        )
        self.detail = detail


class DatabaseMovedError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The database file {location} was deleted, moved or replaced by another program "
            "while ISSP Desktop had it open; nothing more was saved to it. Close ISSP Desktop "
            "and start it again.",
        )


class ServerUnavailableError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location, f"Cannot reach the database server {location}: {detail}"
        )


class PassphraseRequiredError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(location, f"The database {location} is encrypted. Enter its passphrase.")


class WrongPassphraseError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The passphrase for {location} is not right. Try again, or use the recovery key.",
        )


class EncryptionUnavailableError(StoreError):
    def __init__(self, location: str = "") -> None:
        where = f" for {location}" if location else ""
        super().__init__(
            location,
            f"Encryption is not available on this computer{where}: the SQLCipher component "
            "for this platform is missing, so an encrypted database can be neither created nor "
            "opened here. ISSP Desktop can run with an unencrypted database only if the centre "
            "manager agrees.",
        )


class DatabaseNotEncryptedError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The database {location} is not encrypted, but it was opened with a passphrase. "
            "Open it without one, or encrypt it first; the file was not changed.",
        )


class KeyFileMissingError(StoreError):
    def __init__(self, location: str, keyfile: str) -> None:
        super().__init__(
            location,
            f"The key file {keyfile} of the encrypted database {location} is missing. Use the "
            "recovery key, or put back the key file kept beside the newest backup.",
        )
        self.keyfile = keyfile


class KeyFileDamagedError(StoreError):
    def __init__(self, location: str, keyfile: str) -> None:
        super().__init__(
            location,
            f"The key file {keyfile} of the encrypted database {location} cannot be read. Use "
            "the recovery key, or put back the key file kept beside the newest backup.",
        )
        self.keyfile = keyfile


# --- use cases ---------------------------------------------------------------------------------

class ValidationError(IsspError):
    """Input that breaks a rule; ``field`` names what to fix."""

    exit_code = 1

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class NotFoundError(IsspError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"No {what} '{key}' was found.")
        self.what = what
        self.key = key


class NotSetUpError(IsspError):
    def __init__(self) -> None:
        super().__init__(
            "The centre has not been set up yet. Start ISSP Desktop to set it up, "
            "or run 'issp demo' for a demo centre."
        )


# --- access ------------------------------------------------------------------------------------

class PermissionDeniedError(IsspError):
    """The signed-in user's role does not allow this use case."""

    exit_code = 4

    def __init__(self, role: str, permission: str, use_case: str = "") -> None:
        what = use_case or permission
        super().__init__(f"Your role ({role}) may not do this: {what}.")
        self.role = role
        self.permission = permission
        self.use_case = use_case


class LoginFailedError(IsspError):
    """Wrong user name or password. Says no more than that, on purpose."""

    exit_code = 4

    def __init__(self, attempts_left: int | None = None) -> None:
        extra = ""
        if attempts_left is not None and attempts_left <= 2:
            extra = f" {attempts_left} more wrong attempt(s) will lock the account."
        super().__init__("The user name or password is not right." + extra)
        self.attempts_left = attempts_left


class AccountLockedError(IsspError):
    exit_code = 4

    def __init__(self, username: str, until: object) -> None:
        super().__init__(
            f"The account '{username}' is locked after too many wrong passwords until {until} "
            "(UTC). Wait, or ask a manager to unlock it."
        )
        self.username = username
        self.until = until


class LoginRequiredError(IsspError):
    exit_code = 4

    def __init__(self) -> None:
        super().__init__(
            "This centre has user accounts: sign in with ISSP_USER and ISSP_PASSWORD, "
            "or run the command in a terminal to be asked."
        )


class StaleRecordError(IsspError):
    """Optimistic concurrency: the record changed since it was opened."""

    def __init__(self, what: str, changed_by: str, changed_at: object) -> None:
        super().__init__(
            f"This {what} was changed by {changed_by} at {changed_at} after you opened it. "
            "Reload it and make your change again; nothing was saved."
        )
        self.what = what
        self.changed_by = changed_by
        self.changed_at = changed_at
