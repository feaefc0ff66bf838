"""Who may do what. Roles hold permissions; every service use case names the permission it
needs and the service layer refuses it otherwise (the GUI only hides what it cannot do)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    TRAINER = "trainer"
    PAYROLL_CLERK = "clerk"
    VIEWER = "viewer"
    NONE = "none"  # signed out or screen locked: may do nothing


STAFF_ROLES: tuple[Role, ...] = (
    Role.MANAGER, Role.SUPERVISOR, Role.TRAINER, Role.PAYROLL_CLERK, Role.VIEWER,
)

ROLE_TITLES: dict[Role, str] = {
    Role.MANAGER: "Manager",
    Role.SUPERVISOR: "Supervisor",
    Role.TRAINER: "Trainer",
    Role.PAYROLL_CLERK: "Payroll clerk",
    Role.VIEWER: "Viewer",
    Role.NONE: "Signed out",
}


class Permission(StrEnum):
    # the centre and its safety
    CENTRE_EDIT = "centre.edit"
    USERS_MANAGE = "users.manage"
    AUDIT_VIEW = "audit.view"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    DATA_SUBJECT = "people.data_subject"  # export / erase everything about one person
    # people
    PEOPLE_VIEW = "people.view"
    PEOPLE_EDIT = "people.edit"
    PEOPLE_IDENTITY = "people.identity"  # national ID, date of birth, phone
    PEOPLE_HEALTH = "people.health"  # disability
    PEOPLE_INCOME = "people.income"  # baseline income, household, dependents
    PEOPLE_IMPORT = "people.import"
    PEOPLE_EXPORT = "people.export"
    # training
    TRAINING_VIEW = "training.view"
    TRAINING_EDIT = "training.edit"
    STIPENDS_EDIT = "training.stipends"  # record trainees' stipends (amounts: no trainer)
    CERTIFICATES_ISSUE = "certificates.issue"
    # shifts and work
    ROSTER_VIEW = "roster.view"
    ROSTER_EDIT = "roster.edit"
    ATTENDANCE_EDIT = "attendance.edit"
    DELIVERABLES_VIEW = "deliverables.view"
    DELIVERABLES_EDIT = "deliverables.edit"
    # pay
    PAY_VIEW = "pay.view"
    PAYROLL_EDIT = "payroll.edit"
    PAY_TERMS_EDIT = "pay.terms"
    # reporting
    IMPACT_VIEW = "impact.view"
    # centre-to-centre exchange (bundles, conflicts): managers only
    EXCHANGE = "exchange.manage"


_ALL = frozenset(Permission)
_READ = frozenset({
    Permission.PEOPLE_VIEW, Permission.TRAINING_VIEW, Permission.ROSTER_VIEW,
    Permission.DELIVERABLES_VIEW, Permission.IMPACT_VIEW,
})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MANAGER: _ALL,
    # people, roster, attendance, deliverables; registers the impact profile; no pay figures
    Role.SUPERVISOR: _READ | {
        Permission.PEOPLE_EDIT, Permission.PEOPLE_IDENTITY, Permission.PEOPLE_HEALTH,
        Permission.PEOPLE_INCOME, Permission.PEOPLE_IMPORT, Permission.PEOPLE_EXPORT,
        Permission.ROSTER_EDIT, Permission.ATTENDANCE_EDIT, Permission.DELIVERABLES_EDIT,
        Permission.BACKUP_CREATE, Permission.STIPENDS_EDIT,
    },
    # training, assessments, certificates; no pay or income figures, no health data
    Role.TRAINER: _READ | {Permission.TRAINING_EDIT, Permission.CERTIFICATES_ISSUE},
    # payroll and pay terms; people read-only (with the identity needed for payment files)
    Role.PAYROLL_CLERK: _READ | {
        Permission.PEOPLE_IDENTITY, Permission.PAY_VIEW, Permission.PAYROLL_EDIT,
        Permission.PAY_TERMS_EDIT, Permission.BACKUP_CREATE, Permission.STIPENDS_EDIT,
    },
    # read-only, no sensitive fields
    Role.VIEWER: _READ,
    Role.NONE: frozenset(),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True)
class Actor:
    """Who is acting: the signed-in user, or the system itself (set-up, CLI before users)."""

    user_id: int | None
    username: str
    role: Role
    display_name: str = ""

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)

    @property
    def label(self) -> str:
        return self.display_name or self.username


SYSTEM = Actor(None, "system", Role.MANAGER, "ISSP Desktop")
SIGNED_OUT = Actor(None, "signed-out", Role.NONE)

# Fields whose values never appear in the audit trail or logs (shown as "[redacted]"). Names and
# contact details are here too: the trail is permanent, and a person's erasure request must not
# leave their name in it. The trail still shows which field changed, by whom and when.
SENSITIVE_FIELDS = frozenset({
    "first_name", "last_name", "other_names", "phone", "email", "emergency_contact",
    "emergency_phone", "photo",
    "password", "password_hash", "national_id", "national_id_norm", "date_of_birth",
    "disability", "disability_kind", "baseline_monthly_income_cents", "prior_monthly_income_cents",
    "household_size", "dependents", "passphrase", "recovery_key",
})
REDACTED = "[redacted]"


def redact(values: dict[str, object] | None) -> dict[str, object] | None:
    if values is None:
        return None
    return {k: (REDACTED if k in SENSITIVE_FIELDS and v is not None else v)
            for k, v in values.items()}
