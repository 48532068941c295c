"""Two-factor sign-in with TOTP (RFC 6238) and single-use recovery codes.

Who must use it is set per tenant (``two_factor_roles`` in the tenant file's
[settings]); by default LSOs in participant portals and all CDSP staff. A code is
accepted once (the last used time step is remembered), within one step of clock drift.
The secret is stored sealed (``core.secrets_at_rest``) and opened only to check a code.
"""
import base64
import hashlib
import io
import secrets

import pyotp
import segno

from core import audit, sessions
from core.db import transaction, utcnow
from core.errors import Invalid
from core.models import RecoveryCode, User
from core.tenancy import get_tenant

ISSUER = "Contact Management Service"
DEFAULT_ROLES = {"participant": ("lso",), "cdsp": ("agent", "admin")}
RECOVERY_CODES = 10


def required(user):
    """Whether ``user``'s tenant requires a second factor for their role."""
    tenant = get_tenant(user.organisation.tenant.code)
    kind = "cdsp" if tenant is not None and tenant.is_cdsp else "participant"
    roles = (tenant.settings.get("two_factor_roles") if tenant is not None else None)
    if roles is None:
        roles = DEFAULT_ROLES[kind]
    return user.role_id in roles


def enrolled(user):
    return bool(user.totp_secret)


def new_secret():
    return pyotp.random_base32()


def provisioning(user, secret):
    """(otpauth URI, QR code as a data: URL of an SVG) for an authenticator app."""
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)
    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="svg", scale=5, border=2)
    return uri, "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _digest(code):
    return hashlib.sha256(code.strip().lower().replace("-", "").replace(" ", "").encode()).hexdigest()


def _clean(code):
    return "".join((code or "").split())


def _totp_step(secret, code, last_step):
    """The time step ``code`` matches (within one step of drift, never reused), or None."""
    totp = pyotp.TOTP(secret)
    now = utcnow()
    for drift in (0, -1, 1):
        step = totp.timecode(now) + drift
        if step > last_step and secrets.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def confirm_enrolment(user, secret, code):
    """Store ``secret`` once the user proves their app shows ``code``; returns recovery codes."""
    code = _clean(code)
    step = _totp_step(secret, code, 0) if code.isdigit() and len(code) == 6 else None
    if step is None:
        raise Invalid("The code did not match.", {"code": "Enter the 6-digit code your app shows now."})
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODES)]
    sealed = User.totp_secret.seal(user.id, secret)
    with transaction():
        User.update(totp_secret=sealed, totp_last_step=step).where(User.id == user.id).execute()
        RecoveryCode.delete().where(RecoveryCode.user == user.id).execute()
        RecoveryCode.insert_many([{"user": user.id, "code_hash": _digest(c)} for c in codes]).execute()
        audit.record("user.two_factor_enrolled", actor=user, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)
    user.totp_secret, user.totp_last_step = sealed, step
    return codes


def verify(user, code):
    """True when ``code`` is the user's current TOTP code or an unused recovery code."""
    code = _clean(code)
    if not user.totp_secret or not code:
        return False
    if code.isdigit() and len(code) == 6:
        secret = User.totp_secret.unseal(user.id, user.totp_secret)
        step = _totp_step(secret, code, user.totp_last_step)
        if step is None:
            return False
        updated = (User.update(totp_last_step=step)
                   .where((User.id == user.id) & (User.totp_last_step < step)).execute())
        return bool(updated)  # a concurrent use of the same code loses
    used = (RecoveryCode.update(used_at=utcnow())
            .where((RecoveryCode.user == user.id) & (RecoveryCode.code_hash == _digest(code)) &
                   RecoveryCode.used_at.is_null()).execute())
    if used:
        audit.record("user.recovery_code_used", actor=user, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)
    return bool(used)


def recovery_codes_left(user):
    return RecoveryCode.select().where((RecoveryCode.user == user.id) &
                                       RecoveryCode.used_at.is_null()).count()


def reset(actor, user):
    """An LSO (or CDSP admin) clears a user's second factor; they enrol again at next sign-in."""
    with transaction():
        User.update(totp_secret=None, totp_last_step=0).where(User.id == user.id).execute()
        RecoveryCode.delete().where(RecoveryCode.user == user.id).execute()
        sessions.end_all(user, "two_factor_reset")
        audit.record("user.two_factor_reset", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id)
