"""Signing in and out, and changing one's own password.

Failed sign-ins are counted in the database, so the lockout holds across
every web worker; the 10th failure in a row locks the account until an LSO
or CDSP admin unlocks it.
"""
from flask import current_app

from core import audit, passwords, sessions, throttle, two_factor
from core.db import transaction, utcnow
from core.errors import Invalid
from core.models import User
from core.observability import metrics

WRONG = "The email address or password is not right."


SIGNIN_WINDOW = 15 * 60


class SignInRefused(Exception):
    def __init__(self, message, other_tenant=None, retry_after=None):
        super().__init__(message)
        self.message = message
        self.other_tenant = other_tenant
        self.retry_after = retry_after


def _account_key(email):
    return f"signin:account:{(email or '').strip().lower()[:254]}"


def _throttle(email):
    """Refuse when this address or this account has tried too often lately.

    Each attempt is counted before the password is checked, so guesses sent side by side
    cannot slip past the limit; a sign-in that succeeds forgets its account's count
    (:func:`clear_signin_limit`), so the per-account limit is reached only by failures.
    """
    cfg = current_app.config
    checks = (("address", f"signin:address:{audit.source_address()}", cfg["CMS_SIGNIN_LIMIT_PER_ADDRESS"]),
              ("account", _account_key(email), cfg["CMS_SIGNIN_LIMIT_PER_ACCOUNT"]))
    for kind, key, limit in checks:
        if not limit:
            continue
        count, retry = throttle.hit(key, SIGNIN_WINDOW)
        if count > limit:
            if count == limit + 1:
                with transaction():
                    audit.record("login.throttled", detail={"by": kind, "email": (email or "")[:254]})
            metrics.signin_failed("throttled")
            minutes = max(1, round(retry / 60))
            raise SignInRefused(f"Too many sign-in attempts. Wait {minutes} minute"
                                f"{'s' if minutes != 1 else ''} and try again.", retry_after=retry)


def clear_signin_limit(email):
    """Forget the sign-in attempts counted against the account ``email`` (a success, an unlock)."""
    throttle.reset(_account_key(email), SIGNIN_WINDOW)


def sign_in(email, password, tenant_code):
    """Check the credentials for a tenant's portal; returns the user.

    When the user has (or must set up) a second factor, no session starts yet:
    :func:`needs_second_factor` says so and the portal asks for the code, then
    calls :func:`complete_sign_in`. Raises SignInRefused with a message fit to show.
    """
    _throttle(email)
    user = User.by_email(email)
    if user is None:
        passwords.verify_password("", password)  # same cost as a real attempt
        with transaction():
            audit.record("login.failed", detail={"email": (email or "")[:254], "reason": "unknown"})
        metrics.signin_failed("unknown")
        raise SignInRefused(WRONG)
    _refuse_if_locked(user)
    if not passwords.verify_password(user.password_hash, password):
        _count_failure(user)
        raise SignInRefused(WRONG)
    if not user.is_active:
        with transaction():
            audit.record("login.failed", target_type="user", target_id=user.id,
                         org_id=user.organisation_id, detail={"reason": "disabled"})
        metrics.signin_failed("disabled")
        raise SignInRefused(WRONG)
    tenant = user.organisation.tenant.code
    if tenant != tenant_code:
        # The password was right, so saying where to go leaks nothing.
        raise SignInRefused("This account signs in at another portal.", other_tenant=tenant)
    if user.password_expires_at is not None and user.password_expires_at < utcnow():
        with transaction():
            audit.record("login.failed", target_type="user", target_id=user.id,
                         org_id=user.organisation_id, detail={"reason": "one_time_password_expired"})
        metrics.signin_failed("one_time_password_expired")
        raise SignInRefused("Your one-time password has expired. Ask your LSO for a new one.")
    if passwords.needs_rehash(user.password_hash):
        User.update(password_hash=passwords.hash_password(password)).where(User.id == user.id).execute()
    if not needs_second_factor(user):
        complete_sign_in(user, tenant_code)
    return user


def needs_second_factor(user):
    return two_factor.enrolled(user) or two_factor.required(user)


def _refuse_if_locked(user):
    if user.locked_at is not None:
        with transaction():
            audit.record("login.failed", target_type="user", target_id=user.id,
                         org_id=user.organisation_id, detail={"reason": "locked"})
        metrics.signin_failed("locked")
        raise SignInRefused("This account is locked after too many failed sign-ins. "
                            "Ask your Local Security Officer (LSO) to unlock it.")


def check_second_factor(user, code):
    """Accept the user's TOTP or recovery code; a wrong code counts towards the lockout."""
    user = User.get_by_id(user.id)
    _refuse_if_locked(user)
    if not user.is_active:
        raise SignInRefused(WRONG)
    if not two_factor.verify(user, code):
        _count_failure(user, reason="second_factor")
        raise SignInRefused("That code is not right. Enter the 6-digit code your app shows now, "
                            "or one of your recovery codes.")
    return user


def complete_sign_in(user, tenant_code):
    """Start the session once every factor has been checked."""
    with transaction():
        User.update(failed_logins=0, last_login_at=utcnow()).where(User.id == user.id).execute()
        sessions.start(user, tenant_code)
        audit.record("login.succeeded", actor=user, target_type="user", target_id=user.id,
                     org_id=user.organisation_id,
                     detail={"second_factor": two_factor.enrolled(user)})
    clear_signin_limit(user.email)
    return user


def _count_failure(user, reason="password"):
    threshold = current_app.config["CMS_LOCKOUT_THRESHOLD"]
    with transaction():
        User.update(failed_logins=User.failed_logins + 1).where(User.id == user.id).execute()
        failures = User.select(User.failed_logins).where(User.id == user.id).scalar()
        audit.record("login.failed", target_type="user", target_id=user.id,
                     org_id=user.organisation_id, detail={"reason": reason, "failures": failures})
        updated = 0
        if failures >= threshold:
            updated = (User.update(locked_at=utcnow())
                       .where((User.id == user.id) & User.locked_at.is_null()).execute())
            if updated:
                sessions.end_all(user, "locked")
                audit.record("user.locked", target_type="user", target_id=user.id,
                             org_id=user.organisation_id, detail={"failures": failures})
    metrics.signin_failed(reason)
    if updated:
        metrics.account_locked()


def sign_out(user):
    with transaction():
        sessions.end_current("signed_out")
        audit.record("logout", actor=user, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)


def confirm_password(user, password):
    """Sensitive acts ask for the password again; a wrong one counts towards the lockout."""
    if passwords.verify_password(User.get_by_id(user.id).password_hash, password or ""):
        return
    _count_failure(user, reason="password_confirmation")
    raise Invalid("Your password is needed for this.", {"password": "Your password is not right."})


def change_password(user, current, new, confirm):
    """Change one's own password; every other session of the user ends."""
    errors = {}
    if not passwords.verify_password(user.password_hash, current):
        errors["current_password"] = "Your current password is not right."
    if new != confirm:
        errors["confirm_password"] = "The two new passwords do not match."
    elif new == current:
        errors["new_password"] = "Choose a password different from the current one."
    else:
        problems = passwords.policy_errors(new, (user.email, user.name))
        if problems:
            errors["new_password"] = problems[0]
    if errors:
        raise Invalid("Your password was not changed.", errors)
    password_hash = passwords.hash_password(new)
    with transaction():
        User.update(password_hash=password_hash, password_changed_at=utcnow(),
                    must_change_password=False, password_expires_at=None).where(
            User.id == user.id).execute()
        sessions.end_all(user, "password_changed", keep_current=True)
        audit.record("user.password_changed", actor=user, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)
    user.must_change_password = False
