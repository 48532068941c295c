"""Access Controls: people ask for access, their organisation's LSO decides.

* Someone without an account asks for one on a portal's sign-in page
  (:func:`request_account`): name, address, organisation code, the services wanted, why.
  Whatever the address and code, the answer is the same (no account enumeration): only a
  request for a live organisation of that portal, from an address that has no account and
  no request waiting, is kept; anything else is audited for the CDSP and dropped.
* A signed-in user asks for more services or another role (:func:`request_change`).
* The organisation's LSO (an LSO of a parent organisation too) sees the pending requests,
  approves (an account is made with a one-time password, as the LSO's own *Create user*
  does) or declines with a reason. The CDSP's admins decide for organisations that have no
  LSO. The requester is told by email: the ``access_request_decided`` hook (the
  notifications plugin mails them).

Asking is limited per address and per email (``core.throttle``); every step is audited.
"""
from core import audit, lso, services, throttle
from core.db import transaction, utcnow
from core.errors import Conflict, Invalid, NotFound
from core.models import AccessRequest, Organisation, Role, User
from core.permissions import require
from core.tenancy import call_for_tenants

PENDING, APPROVED, DECLINED = "pending", "approved", "declined"
ACCOUNT, CHANGE = "account", "change"
REQUESTS_PER_ADDRESS_HOUR = 20     # from one network address, every portal together
REQUESTS_PER_EMAIL_DAY = 3         # for one email address
MAX_REASON = 1000


class TooMany(lso.TooMany):
    pass


def _limit(key, window, limit, what):
    count, retry = throttle.hit(key, window)
    if count > limit:
        raise TooMany(f"Too many requests for access {what}. Try again in "
                      f"{max(1, round(retry / 60))} minutes.", retry)


def _text(value, field, label, errors, limit, required=True):
    value = (value or "").strip()
    if required and not value:
        errors[field] = f"Enter {label}."
    elif len(value) > limit:
        errors[field] = f"Use at most {limit} characters for {label}."
    return value


def _services(codes, errors, field="services", required=True):
    chosen, unknown = services.clean(codes)
    if unknown:
        errors[field] = f"Choose among {', '.join(services.SERVICES.values())}."
    elif required and not chosen:
        errors[field] = "Choose at least one service."
    return chosen


def request_account(tenant_code, name, email, org_code, service_codes, reason):
    """Someone without an account asks for one in the portal of ``tenant_code``.

    Raises Invalid for a form that is not filled in right (what the form says, never what
    exists) and TooMany past the limits; otherwise answers None, whether or not anything was
    kept."""
    _limit(f"access:address:{audit.source_address()}", 3600, REQUESTS_PER_ADDRESS_HOUR,
           "from your network")
    errors = {}
    name = _text(name, "name", "your full name", errors, 200)
    email = (email or "").strip().lower()
    if not lso.EMAIL_RE.match(email) or len(email) > 254:
        errors["email"] = "Enter an email address like name@example.com."
    org_code = _text(org_code, "organisation", "your organisation's code", errors, 20).upper()
    chosen = _services(service_codes, errors)
    reason = _text(reason, "reason", "why you need access", errors, MAX_REASON)
    if errors:
        raise Invalid("Your request was not sent: correct the fields marked.", errors)
    _limit(f"access:email:{email}", 86400, REQUESTS_PER_EMAIL_DAY, "for this email address")
    org = Organisation.by_code(org_code)
    why = None
    if org is None or not org.is_active or org.tenant.code != tenant_code:
        why = "no such organisation in this portal"
    elif User.by_email(email) is not None:
        why = "the address already has an account"
    elif AccessRequest.select().where((AccessRequest.email == email) &
                                      (AccessRequest.status == PENDING)).exists():
        why = "a request from this address is already waiting"
    with transaction():
        if why:   # told to the CDSP only: an entry of no organisation
            audit.record("access.request_dropped", target_type="access_request",
                         detail={"email": email, "organisation": org_code, "portal": tenant_code,
                                 "reason": why})
            return
        request = AccessRequest.create(kind=ACCOUNT, organisation=org, email=email, name=name,
                                       services=",".join(chosen), reason=reason)
        audit.record("access.requested", target_type="access_request", target_id=request.id,
                     org_id=org.id, detail={"email": email, "kind": ACCOUNT,
                                            "services": chosen})


def requestable_roles(user):
    """Roles ``user`` may ask for: those of their organisation's kind, other than their own."""
    scope = "cdsp" if user.organisation.is_cdsp else "participant"
    return [r for r in Role.for_scope(scope) if r.code != user.role_id]


def pending_change(user):
    return (AccessRequest.select().where((AccessRequest.user == user.id) &
                                         (AccessRequest.status == PENDING)).first())


def request_change(user, service_codes, role_code, reason):
    """A signed-in user asks for more services and/or another role."""
    _limit(f"access:user:{user.id}", 86400, REQUESTS_PER_EMAIL_DAY, "from your account")
    errors = {}
    chosen = [c for c in _services(service_codes, errors, required=False)
              if c not in services.held(user)]
    role = None
    if role_code:
        role = next((r for r in requestable_roles(user) if r.code == role_code), None)
        if role is None:
            errors["role"] = "Choose one of the roles listed, or none."
    if not errors and not chosen and role is None:
        errors["services"] = "Choose a service you do not have yet, or a role."
    reason = _text(reason, "reason", "why you need it", errors, MAX_REASON)
    if errors:
        raise Invalid("Your request was not sent: correct the fields marked.", errors)
    if pending_change(user) is not None:
        raise Conflict("You already have a request waiting for your LSO: they decide it first.")
    with transaction():
        request = AccessRequest.create(kind=CHANGE, organisation=user.organisation_id,
                                       user=user.id, email=user.email, name=user.name,
                                       services=",".join(chosen), role=role, reason=reason)
        audit.record("access.requested", actor=user, target_type="access_request",
                     target_id=request.id, org_id=user.organisation_id,
                     detail={"kind": CHANGE, "services": chosen,
                             "role": role.code if role else None})
    return request


# ------------------------------------------------------------------------ deciding

def _covered_by_an_lso():
    """Ids of the organisations an active LSO runs (their own and its descendants)."""
    lso_orgs = {u.organisation for u in User.live().where(
        (User.role == "lso") & User.disabled_at.is_null()).join(Organisation)}
    covered = set()
    for org in lso_orgs:
        covered |= org.descendant_ids()
    return covered


def decidable_org_ids(actor):
    """Organisations whose requests ``actor`` decides: an LSO's own and its children; a
    CDSP admin's, those that no LSO runs (and the CDSP's own)."""
    role = getattr(actor, "role_id", None)
    if role == "lso":
        return actor.organisation.descendant_ids()
    if role == "admin" and getattr(actor, "id", None) is not None:
        every = {o.id for o in Organisation.select(Organisation.id)}
        cdsp = {o.id for o in Organisation.select(Organisation.id).where(Organisation.code == "CDSP")}
        return (every - _covered_by_an_lso()) | cdsp
    return set()


def pending_for(actor):
    ids = decidable_org_ids(actor)
    return list(AccessRequest.select().join(Organisation)
                .where(AccessRequest.organisation.in_(ids) & (AccessRequest.status == PENDING))
                .order_by(AccessRequest.created_at, AccessRequest.id))


def get_request(actor, request_id):
    """A request ``actor`` may decide; NotFound for any other (another organisation's)."""
    try:
        found = AccessRequest.get_by_id(int(request_id))
    except (AccessRequest.DoesNotExist, ValueError, TypeError):
        raise NotFound("No such request.") from None
    if found.organisation_id not in decidable_org_ids(actor):
        raise NotFound("No such request.")
    return found


def _pending(request):
    fresh = AccessRequest.get_by_id(request.id)
    if fresh.status != PENDING:
        raise Conflict(f"This request was already {fresh.status}.")
    return fresh


def approve(actor, request, role_code, service_codes):
    """Approve: an account request makes the user (returns (user, one-time password)); a
    change request gives the services and role (returns (user, None))."""
    require(actor, "access.decide", request, "You may not decide this request.")
    errors = {}
    chosen = _services(service_codes, errors)
    if errors:
        raise Invalid("Nothing was done: correct the fields marked.", errors)
    with transaction():
        request = _pending(request)
        otp = None
        if request.kind == ACCOUNT:
            user, otp = lso.create_user(actor, request.email, request.organisation, role_code,
                                        request.name, services=chosen)
        else:
            user = lso.get_user(actor, request.user_id, "user.edit")
            if role_code and role_code != user.role_id:
                lso.update_user(actor, user, role_code=role_code)
            services.set_services(actor, user, set(services.held(user)) | set(chosen))
        AccessRequest.update(status=APPROVED, decided_at=utcnow(), decided_by=actor.id,
                             user=user.id).where(AccessRequest.id == request.id).execute()
        audit.record("access.approved", actor=actor, target_type="access_request",
                     target_id=request.id, org_id=request.organisation_id,
                     detail={"email": request.email, "kind": request.kind, "user": user.id,
                             "role": user.role_id, "services": chosen})
    _announce(request.id)
    return user, otp


def decline(actor, request, reason):
    require(actor, "access.decide", request, "You may not decide this request.")
    errors = {}
    reason = _text(reason, "reason", "the reason, which the requester is told", errors,
                   MAX_REASON)
    if errors:
        raise Invalid("The request was not declined: correct the fields marked.", errors)
    with transaction():
        request = _pending(request)
        AccessRequest.update(status=DECLINED, decided_at=utcnow(), decided_by=actor.id,
                             decline_reason=reason).where(AccessRequest.id == request.id).execute()
        audit.record("access.declined", actor=actor, target_type="access_request",
                     target_id=request.id, org_id=request.organisation_id,
                     detail={"email": request.email, "kind": request.kind, "reason": reason})
    _announce(request.id)


def _announce(request_id):
    """Tell the plugins (the notifications plugin mails the requester), once it is saved."""
    request = AccessRequest.get_by_id(request_id)
    call_for_tenants("access_request_decided", {request.organisation.tenant.code},
                     access_request=request)
