"""Delegated user administration: what an LSO (or a CDSP admin) does to the users they run.

Every function takes the acting user first, checks through ``permission_allowed``,
writes in one transaction and records an audit entry.
"""
import datetime
import re

from flask import current_app
from peewee import fn

from core import audit, auth, passwords, sessions, throttle
from core import services as service_codes
from core.db import transaction, utcnow
from core.errors import Forbidden, Invalid, NotFound
from core.models import CDSP_ORG, Organisation, Role, User
from core.permissions import allowed, require

RESETS_PER_USER_HOUR = 5
RESETS_PER_ACTOR_HOUR = 50


class TooMany(Forbidden):
    status = 429

    def __init__(self, message, retry_after):
        super().__init__(message)
        self.retry_after = retry_after


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PAGE_SIZE = 25


def manageable_org_ids(actor):
    """The organisations whose users ``actor`` administers."""
    if actor is None:
        return set()
    if actor.role_id == "admin":
        return {o.id for o in Organisation.select(Organisation.id)
                .where(~Organisation.sandbox)}   # a sandbox has no users (core.sandbox)
    if actor.role_id == "lso":
        return actor.organisation.descendant_ids()
    return set()


def manageable_orgs(actor):
    ids = manageable_org_ids(actor)
    return list(Organisation.select().where(Organisation.id.in_(ids)).order_by(Organisation.code))


def grantable_roles(actor, organisation=None):
    """Roles ``actor`` may give, limited to the kind of organisation when one is given."""
    roles = [r for r in Role.select().order_by(Role.rank) if allowed(actor, "role.grant", r)]
    if organisation is not None:
        scope = "cdsp" if organisation.code == CDSP_ORG else "participant"
        roles = [r for r in roles if r.scope == scope]
    return roles


def get_user(actor, user_id, action="user.view"):
    """The user ``user_id`` if ``actor`` may take ``action`` on them; otherwise NotFound.

    A user outside the actor's organisations is "not found", never "forbidden",
    so that nobody learns who exists elsewhere.
    """
    try:
        user = User.live().where(User.id == int(user_id)).get()
    except (User.DoesNotExist, ValueError, TypeError):
        raise NotFound("No such user.") from None
    if user.organisation_id not in manageable_org_ids(actor):
        raise NotFound("No such user.")
    require(actor, action, user, _refusal(action, actor, user))
    return user


def _refusal(action, actor, user):
    if user.id == actor.id:
        return "You cannot do that to your own account; ask another LSO."
    return "Your role does not allow you to do that to this user."


def search_users(actor, query="", status="", org_code="", page=1):
    """(users, total) among the actor's organisations, newest first, ``PAGE_SIZE`` a page."""
    select = (User.live().join(Organisation)
              .where(User.organisation.in_(manageable_org_ids(actor))))
    query = (query or "").strip().lower()
    if query:
        like = f"%{query}%"
        select = select.where(fn.LOWER(User.email).contains(query) | fn.LOWER(User.name) ** like)
    if org_code:
        select = select.where(Organisation.code == org_code.strip().upper())
    if status == "disabled":
        select = select.where(User.disabled_at.is_null(False))
    elif status == "locked":
        select = select.where(User.locked_at.is_null(False))
    elif status == "active":
        select = select.where(User.disabled_at.is_null() & User.locked_at.is_null())
    total = select.count()
    users = list(select.order_by(Organisation.code, User.email).paginate(max(1, page), PAGE_SIZE))
    return users, total


ADDRESS_NOT_USABLE = ("This email address cannot be used here: give the person's own work "
                      "address, or ask the CDSP service desk.")


def _clean_email(actor, email, errors, exclude_id=None):
    """The address, lower-cased, with ``errors["email"]`` set when it cannot be given.

    Addresses are unique across the service (one live user each), so an address in use
    is refused wherever its user is. Only when that user is in one of the actor's own
    organisations (a CDSP admin's are all) does the answer say so; for anyone else's it
    is ``ADDRESS_NOT_USABLE``, which names nobody and no organisation, so that an LSO
    cannot learn who has an account elsewhere. The CDSP is told in the audit log (an
    entry of no organisation, which only CDSP admins read).
    """
    email = (email or "").strip().lower()
    if not EMAIL_RE.match(email) or len(email) > 254:
        errors["email"] = "Enter an email address like name@example.com."
        return email
    taken = User.live().where(User.email == email)
    if exclude_id is not None:
        taken = taken.where(User.id != exclude_id)
    holder = taken.first()
    if holder is None:
        return email
    if holder.organisation_id in manageable_org_ids(actor):
        errors["email"] = (f"A user of {holder.organisation.code} already has this email "
                           f"address: find them under Users.")
    else:
        errors["email"] = ADDRESS_NOT_USABLE
        audit.record("user.email_refused", actor=actor, target_type="user", target_id=holder.id,
                     detail={"email": email, "reason": "in use in another organisation",
                             "for": "a new user" if exclude_id is None else f"user {exclude_id}"})
    return email


def _clean_role(actor, role_code, organisation, errors):
    role = Role.get_or_none(Role.code == (role_code or ""))
    if role is None or role not in grantable_roles(actor, organisation):
        names = ", ".join(r.code for r in grantable_roles(actor, organisation)) or "none"
        errors["role"] = f"Choose a role you may grant here ({names})."
        return None
    return role


def create_user(actor, email, organisation, role_code, name="", password=None, services=None):
    """Create a user; returns (user, one_time_password or None when ``password`` was given).
    ``services``: the codes of the services they hold (``core.services``; None: all)."""
    errors = {}
    if services is None:
        services = service_codes.ALL
    services, unknown = service_codes.clean(services)
    if unknown:
        errors["services"] = f"Choose among {', '.join(service_codes.SERVICES.values())}."
    if organisation is None or not allowed(actor, "user.create", organisation):
        errors["organisation"] = "Choose one of your organisations."
    email = _clean_email(actor, email, errors)
    role = _clean_role(actor, role_code, organisation, errors) if "organisation" not in errors else None
    name = (name or "").strip()
    if len(name) > 200:
        errors["name"] = "Use at most 200 characters."
    if password is not None:
        problems = passwords.policy_errors(password, (email, name))
        if problems:
            errors["password"] = problems[0]
    if errors:
        raise Invalid("The user was not created: correct the fields marked.", errors)
    otp = None
    if password is None:
        otp = password = passwords.one_time_password()
    password_hash = passwords.hash_password(password)
    hours = _otp_hours()
    with transaction():
        user = User.create(
            email=email, name=name, organisation=organisation, role=role,
            password_hash=password_hash, password_changed_at=utcnow(),
            must_change_password=otp is not None,
            password_expires_at=utcnow() + hours if otp else None)
        service_codes.grant(user, services)
        audit.record("user.created", actor=actor, target_type="user", target_id=user.id,
                     org_id=organisation.id, detail={"email": email, "role": role.code,
                                                     "services": services})
    return user, otp


def _otp_hours():
    return datetime.timedelta(hours=current_app.config["CMS_ONE_TIME_PASSWORD_HOURS"])


def update_user(actor, user, email=None, name=None, role_code=None, services=None):
    """Change a user's email, name, role or services (codes; None leaves them); only what
    changed is recorded."""
    errors, changes = {}, {}
    if email is not None and email.strip().lower() != user.email:
        changes["email"] = (user.email, _clean_email(actor, email, errors, exclude_id=user.id))
    if name is not None and name.strip() != user.name:
        if len(name.strip()) > 200:
            errors["name"] = "Use at most 200 characters."
        changes["name"] = (user.name, name.strip())
    if role_code is not None and role_code != user.role_id:
        if not allowed(actor, "user.set_role", user):
            errors["role"] = _refusal("user.set_role", actor, user)
        else:
            role = _clean_role(actor, role_code, user.organisation, errors)
            changes["role"] = (user.role_id, role.code if role else None)
    if errors:
        raise Invalid("Nothing was changed: correct the fields marked.", errors)
    if services is not None:
        service_codes.set_services(actor, user, services)
    if not changes:
        return user
    with transaction():
        for field, (_, new) in changes.items():
            setattr(user, "role_id" if field == "role" else field, new)
        user.save()
        audit.record("user.updated", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id,
                     detail={f: {"from": old, "to": new} for f, (old, new) in changes.items()})
    return user


def disable_user(actor, user):
    with transaction():
        User.update(disabled_at=utcnow()).where(User.id == user.id).execute()
        sessions.end_all(user, "disabled")
        audit.record("user.disabled", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)


def enable_user(actor, user):
    with transaction():
        User.update(disabled_at=None).where(User.id == user.id).execute()
        audit.record("user.enabled", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)


def unlock_user(actor, user):
    """Unlock the account and forget its failed sign-ins, the sign-in limit's count too."""
    with transaction():
        User.update(locked_at=None, failed_logins=0).where(User.id == user.id).execute()
        audit.record("user.unlocked", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)
    auth.clear_signin_limit(user.email)


def delete_user(actor, user):
    """Deletion keeps the row (history points at it) but frees the email and ends everything."""
    with transaction():
        User.update(deleted_at=utcnow(), password_hash="").where(User.id == user.id).execute()
        sessions.end_all(user, "deleted")
        audit.record("user.deleted", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id, detail={"email": user.email})


def reset_password(actor, user):
    """Issue a one-time password (valid 24 hours, must be changed); returns it to show once.

    Resets are limited per account and per acting LSO (a few an hour), counted in shared
    storage: a stolen LSO session cannot mint passwords in bulk.
    """
    for key, limit in ((f"reset:user:{user.id}", RESETS_PER_USER_HOUR),
                       (f"reset:actor:{getattr(actor, 'id', None) or actor.email}", RESETS_PER_ACTOR_HOUR)):
        count, retry = throttle.hit(key, 3600)
        if count > limit:
            raise TooMany(f"Too many password resets in the last hour. Try again in "
                          f"{max(1, round(retry / 60))} minutes.", retry)
    otp = passwords.one_time_password()
    password_hash = passwords.hash_password(otp)
    with transaction():
        User.update(password_hash=password_hash, must_change_password=True,
                    password_expires_at=utcnow() + _otp_hours(), password_changed_at=utcnow(),
                    locked_at=None, failed_logins=0).where(User.id == user.id).execute()
        sessions.end_all(user, "password_reset")
        audit.record("user.password_reset", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)
    auth.clear_signin_limit(user.email)     # a reset unlocks too
    return otp
