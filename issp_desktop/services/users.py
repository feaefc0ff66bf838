"""Signing in, and the accounts of the centre's staff.

Passwords are hashed with argon2id and rehashed on sign-in when the parameters change. Five
wrong passwords in a row lock the account for 15 minutes, doubling with each further lock; each
lock, each sign-in and each failed sign-in is audited (never the password).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlmodel import Session

from issp_desktop.db.models import User
from issp_desktop.db.types import utcnow
from issp_desktop.domain import lockout
from issp_desktop.domain.access import SIGNED_OUT, Actor, Permission, Role
from issp_desktop.domain.passwords import check_password, clean_username
from issp_desktop.domain.text import clean_name
from issp_desktop.errors import (
    AccountLockedError,
    LoginFailedError,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from issp_desktop.services import audit
from issp_desktop.services.base import Service, use_case

# A hash to verify against when the user name is unknown, so that the answer takes as long
# as for a real account (no user-name probing by timing).
_DUMMY_PASSWORD = "not-a-real-password"


@dataclass(frozen=True)
class NewUser:
    username: str
    role: Role
    password: str
    display_name: str = ""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    must_change_password: bool
    version: int


def _row(u: User) -> UserRow:
    assert u.id is not None
    return UserRow(u.id, u.username, u.display_name, Role(u.role), u.active, u.locked_until,
                   u.last_login_at, u.must_change_password, u.version)


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, Role(u.role), u.display_name)


class UserService(Service):
    _dummy_hash: str | None = None

    # --- questions anyone may ask ------------------------------------------------------------

    def has_users(self) -> bool:
        with self.db.read() as s:
            return bool(s.execute(select(func.count()).select_from(User)).scalar_one())

    # --- signing in ----------------------------------------------------------------------------

    @use_case("auth.login", None)
    def login(self, username: str, password: str, *, now: datetime | None = None) -> Actor:
        """Check the password; on success the context's actor becomes this user."""
        now = now or utcnow()
        name = username.strip().lower()
        error: Exception | None = None
        actor: Actor | None = None
        with self.db.write() as s:  # failures are recorded too, so this always commits
            user = s.execute(select(User).where(User.username == name)).scalar_one_or_none()
            if user is None or not user.active:
                self._burn_time()
                audit.record(s, Actor(None, name[:64] or "?", Role.NONE), "auth.login_failed",
                             "user", "", None, {"reason": "unknown or inactive user"})
                error = LoginFailedError()
            else:
                error, actor = self._attempt(s, user, password, now)
        if error is not None:
            raise error
        assert actor is not None
        self.ctx.actor = actor
        return actor

    def _attempt(self, s: Session, user: User, password: str,
                 now: datetime) -> tuple[Exception | None, Actor | None]:
        state = lockout.LockState(user.failed_count, user.lock_count, user.locked_until)
        if state.is_locked(now):
            return AccountLockedError(user.username, _minute(user.locked_until)), None
        if not self._check(user, password):
            after = lockout.after_failure(state, now)
            user.failed_count, user.lock_count = after.failed_count, after.lock_count
            user.locked_until = after.locked_until
            audit.record(s, _actor(user), "auth.login_failed", "user", user.id)
            if after.is_locked(now):
                audit.record(s, _actor(user), "auth.account_locked", "user", user.id, None,
                             {"locked_until": after.locked_until, "lock_count": after.lock_count})
                return AccountLockedError(user.username, _minute(after.locked_until)), None
            return LoginFailedError(lockout.attempts_left(after)), None
        if self.ctx.hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self.ctx.hasher.hash(password)
        user.failed_count, user.lock_count, user.locked_until = 0, 0, None
        user.last_login_at = now
        audit.record(s, _actor(user), "auth.login", "user", user.id)
        return None, _actor(user)

    def _check(self, user: User, password: str) -> bool:
        try:
            return self.ctx.hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _burn_time(self) -> None:
        if UserService._dummy_hash is None:
            UserService._dummy_hash = self.ctx.hasher.hash(_DUMMY_PASSWORD)
        with contextlib.suppress(VerificationError):
            self.ctx.hasher.verify(UserService._dummy_hash, "wrong")

    @use_case("auth.logout", None)
    def logout(self) -> None:
        """Sign out (or lock the screen): until the next sign-in nothing is allowed."""
        if self.actor.user_id is not None:
            with self.db.write() as s:
                audit.record(s, self.actor, "auth.logout", "user", self.actor.user_id)
        self.ctx.actor = SIGNED_OUT

    # --- own account ------------------------------------------------------------------------

    @use_case("auth.change_password", None)
    def change_password(self, current: str, new: str) -> None:
        if self.actor.user_id is None:
            raise ValidationError("user", "sign in first")
        with self.db.write() as s:
            user = s.get(User, self.actor.user_id)
            if user is None:
                raise NotFoundError("user", self.actor.username)
            if not self._check(user, current):
                raise LoginFailedError()
            check_password(new, username=user.username)
            if new == current:
                raise ValidationError("password", "the new password must differ from the old one")
            user.password_hash = self.ctx.hasher.hash(new)
            user.must_change_password = False
            _touch(user, self.actor)
            audit.record(s, self.actor, "auth.change_password", "user", user.id)

    # --- accounts (manager) --------------------------------------------------------------------

    @use_case("users.list", Permission.USERS_MANAGE)
    def list(self) -> list[UserRow]:
        with self.db.read() as s:
            return [_row(u) for u in s.execute(select(User).order_by(User.username)).scalars()]

    @use_case("users.add", Permission.USERS_MANAGE)
    def add(self, new: NewUser, *, allow_weak: bool = False) -> UserRow:
        with self.db.write() as s:
            return self._add(s, new, allow_weak=allow_weak)

    def _add(self, s: Session, new: NewUser, *, allow_weak: bool = False,
             must_change: bool = False) -> UserRow:
        name = clean_username(new.username)
        role = Role(new.role)
        check_password(new.password, username=name, allow_weak=allow_weak)
        display = clean_name(new.display_name)[:120]
        exists = s.execute(select(User.id).where(User.username == name)).first()
        if exists:
            raise ValidationError("user name", f"'{name}' is taken")
        user = User(username=name, display_name=display, role=role.value,
                    password_hash=self.ctx.hasher.hash(new.password),
                    must_change_password=must_change)
        s.add(user)
        s.flush()
        audit.record(s, self.actor, "users.add", "user", user.id, None,
                     {"username": name, "role": role.value, "display_name": display})
        return _row(user)

    def create_first_manager(self, s: Session, new: NewUser) -> UserRow:
        """At first run, inside the set-up transaction. Only while there are no users."""
        if s.execute(select(func.count()).select_from(User)).scalar_one():
            raise ValidationError("user", "the centre already has user accounts")
        if Role(new.role) is not Role.MANAGER:
            raise ValidationError("role", "the first account must be a manager")
        return self._add(s, new)

    @use_case("users.change_role", Permission.USERS_MANAGE)
    def change_role(self, user_id: int, role: Role, expected_version: int) -> UserRow:
        with self.db.write() as s:
            user = self._get(s, user_id, expected_version)
            old = user.role
            if old == Role.MANAGER.value and role is not Role.MANAGER:
                self._keep_a_manager(s, user_id)
            user.role = Role(role).value
            _touch(user, self.actor)
            audit.record(s, self.actor, "users.change_role", "user", user_id,
                         {"role": old}, {"role": user.role})
            return _row(user)

    @use_case("users.set_active", Permission.USERS_MANAGE)
    def set_active(self, user_id: int, active: bool, expected_version: int) -> UserRow:
        with self.db.write() as s:
            user = self._get(s, user_id, expected_version)
            if not active and user.role == Role.MANAGER.value:
                self._keep_a_manager(s, user_id)
            if not active and user_id == self.actor.user_id:
                raise ValidationError("user", "you cannot switch off your own account")
            user.active = active
            _touch(user, self.actor)
            audit.record(s, self.actor, "users.set_active", "user", user_id,
                         None, {"active": active})
            return _row(user)

    @use_case("users.reset_password", Permission.USERS_MANAGE)
    def reset_password(self, user_id: int, new_password: str) -> UserRow:
        """A manager sets a temporary password; the user must change it at next sign-in."""
        with self.db.write() as s:
            user = _load(s, user_id)
            check_password(new_password, username=user.username)
            user.password_hash = self.ctx.hasher.hash(new_password)
            user.must_change_password = True
            user.failed_count, user.lock_count, user.locked_until = 0, 0, None
            _touch(user, self.actor)
            audit.record(s, self.actor, "users.reset_password", "user", user_id)
            return _row(user)

    @use_case("users.unlock", Permission.USERS_MANAGE)
    def unlock(self, user_id: int) -> UserRow:
        with self.db.write() as s:
            user = _load(s, user_id)
            user.failed_count, user.lock_count, user.locked_until = 0, 0, None
            _touch(user, self.actor)
            audit.record(s, self.actor, "users.unlock", "user", user_id)
            return _row(user)

    def find(self, username: str) -> UserRow | None:
        with self.db.read() as s:
            user = s.execute(select(User).where(User.username == username.strip().lower())
                             ).scalar_one_or_none()
            return _row(user) if user else None

    def _get(self, s: Session, user_id: int, expected_version: int) -> User:
        user = _load(s, user_id)
        if user.version != expected_version:
            raise StaleRecordError("account", user.updated_by or "?", _minute(user.updated_at))
        return user

    @staticmethod
    def _keep_a_manager(s: Session, user_id: int) -> None:
        others = s.execute(
            select(func.count()).select_from(User).where(
                User.role == Role.MANAGER.value, User.active.is_(True), User.id != user_id)
        ).scalar_one()
        if not others:
            raise ValidationError("role", "the centre must keep at least one active manager")


def _load(s: Session, user_id: int) -> User:
    user = s.get(User, user_id) if isinstance(user_id, int) else None
    if user is None:
        raise NotFoundError("user", user_id)
    return user


def _touch(user: User, actor: Actor) -> None:
    user.updated_at = utcnow()
    user.updated_by = actor.username
    user.version += 1


def _minute(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "?"
