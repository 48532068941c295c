"""Checking a contact before it is raised: type, entitlement, fields, rules, routing.

Every failure is :class:`core.errors.Invalid` (or Forbidden) with ``errors`` per field and
``code``, a neutral reason (:mod:`core.contacts.reasons`) that each channel maps onto its own
words, so the portal, the API and batch files all refuse the same record for the same reason.
"""
from dataclasses import dataclass

from marshmallow import ValidationError
from peewee import SQL

from core import clock
from core.contacts import fields as shared
from core.contacts import lookups, sla, visibility
from core.contacts.description import describe_field
from core.errors import Forbidden, Invalid, messages
from core.models import CDSP_ORG, Contact, Organisation
from core.permissions import allowed
from core.prepared import Prepared, slot
from core.contacts.reasons import (BAD_MPRN, BAD_RECORD, BAD_VALUE, MISSING, NOT_OPEN,
                                   REF_IN_USE, UNKNOWN_TYPE)
from core.contacts.registry import contact_types, raisable_types
from core.tenancy import get_tenant, plugin_enabled
from core.wording import lower_label

MISSING_TEXT = "Missing data for required field."


def invalid(message, errors, code):
    exc = Invalid(message, errors)
    exc.code = code
    return exc


def forbidden(message, code=NOT_OPEN):
    exc = Forbidden(message)
    exc.code = code
    return exc


def code_for(errors):
    """The REC code for per-field errors from loading and rules."""
    if "contact_type" in errors:
        return UNKNOWN_TYPE
    if "mprn" in errors:
        return BAD_MPRN
    if any(shared.REQUIRED in messages(v) or MISSING_TEXT in messages(v) for v in errors.values()):
        return MISSING
    return BAD_VALUE


@dataclass(slots=True)
class CheckedRecord:
    """A contact that passed every check, ready to be written."""
    ctype: object
    context: shared.RaiseContext
    values: dict           # loaded, JSON-safe: mprn, summary, originator_ref and type fields
    recipient: Organisation
    sla_days: int


def lookup_type(actor, type_code):
    """The ContactType ``type_code`` names, if the actor's tenant has it enabled."""
    code = str(type_code or "").strip().upper()
    ctype = contact_types().get(code)
    tenant = actor.organisation.tenant.code
    if ctype is None or not plugin_enabled(tenant, ctype.plugin):
        names = ", ".join(t.code for t in raisable_types(actor)) or "none"
        raise invalid("Unknown contact type.",
                      {"contact_type": f"{code or 'Nothing'} is not a contact type you can raise "
                                       f"here. Choose one of: {names}."}, UNKNOWN_TYPE)
    return ctype


def _recipient(actor, ctype, to_org, loaded, context):
    cdsp = lookups.organisation(CDSP_ORG)
    routed = ctype.route(loaded, context)
    if visibility.is_cdsp_staff(actor):
        # the organisation the CDSP names, or the one the type routes it to (a field of the
        # record: a batch file's records name no organisation otherwise)
        to_org = to_org or routed
        org = to_org if isinstance(to_org, Organisation) else lookups.organisation(str(to_org or ""))
        if org is None or not org.is_active or org.is_cdsp or org.sandbox:
            raise invalid("Name the organisation to raise it to.",
                          {"to_org": "Give the code of an active participant organisation."},
                          BAD_VALUE)
        if not plugin_enabled(org.tenant.code, ctype.plugin):
            raise invalid("That organisation cannot receive this type.",
                          {"to_org": f"{org.code}'s portal does not offer {ctype.code} contacts."},
                          BAD_VALUE)
        return org
    if to_org:
        raise invalid("Only the CDSP names the organisation a contact is raised to.",
                      {"to_org": "Leave this out: your contact goes to the CDSP."}, BAD_VALUE)
    if routed and not context.organisation.sandbox:   # a sandbox's go to the scripted CDSP
        org = lookups.organisation(routed)
        if org is None or not org.is_active or org.id == context.organisation.id:
            raise invalid("The contact cannot be routed.",
                          {"route": f"{routed} is not an active organisation other than "
                                    "your own."}, BAD_VALUE)
        return org
    return cdsp


REF_IN_USE_QUERY = Prepared(lambda: Contact.select(SQL("1")).where(
    (Contact.originator_org == slot(0)) & (Contact.contact_type == slot(1)) &
    (Contact.originator_ref == slot(2)) & Contact.closed_at.is_null()).limit(1).tuples())


def ref_in_use(org, ctype, originator_ref):
    return bool(REF_IN_USE_QUERY(org.id, ctype.code, originator_ref))


def ref_error(ref):
    return invalid("Your reference is already in use.",
                   {"originator_ref": f"{ref} is already the reference of one of your open "
                                      "contacts of this type: use another."}, REF_IN_USE)


def schema_of(ctype):
    """An instance of the type's schema, made once per type (loading keeps no state on it)."""
    found = _SCHEMAS.get(id(ctype))
    if found is None or found[0] is not ctype:
        found = _SCHEMAS[id(ctype)] = (ctype, (ctype.schema or shared.ContactSchema)())
    return found[1]


_SCHEMAS = {}


def load(ctype, data, context, partial=False, schema=None):
    """Load ``data`` through the type's schema (``schema``: an instance to reuse) and rules;
    return JSON-safe values.

    A refusal names every problem at once: when a field is wrong, the type's rules still run
    on the fields that are right (a rule that needs a wrong or missing field is left out), and
    a missing field's message names it ("Enter the meter serial number")."""
    schema = schema or (ctype.schema or shared.ContactSchema)()
    if not isinstance(data, dict):
        raise invalid("Send the contact's fields.", {"data": "Send an object of fields."},
                      BAD_RECORD)
    try:
        loaded = schema.load(data, partial=partial)
    except ValidationError as exc:
        errors = exc.normalized_messages()
        valid = exc.valid_data if isinstance(exc.valid_data, dict) else {}
        raise invalid("The contact was not raised: correct the fields marked.",
                      _worded(ctype, _with_rules(ctype, valid, context, errors)),
                      code_for(errors)) from None
    if ctype.mprn_required and not loaded.get("mprn"):
        errors = _with_rules(ctype, loaded, context, {"mprn": [shared.REQUIRED]})
        raise invalid("The contact was not raised: the MPRN is missing.",
                      _worded(ctype, errors), BAD_MPRN)
    errors = ctype.rules(loaded, context) or {}
    if errors:
        raise invalid("The contact breaks a rule of its type: correct the fields marked.",
                      _worded(ctype, _listed(errors)), code_for(errors))
    return loaded


class _Absent(KeyError):
    """A rule asked for a field that is missing or wrong."""


class _Partial(dict):
    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            raise _Absent(key) from None


# What a rule run on some fields missing may raise when it reaches for one (it then has
# nothing to say that the field's own message does not).
_NOT_JUDGED = (_Absent, LookupError, TypeError, ValueError, AttributeError, ArithmeticError)


def _with_rules(ctype, valid, context, errors):
    """``errors`` and what the type's rules say of the ``valid`` fields (a field's first
    message kept)."""
    try:
        more = ctype.rules(_Partial(valid), context) or {}
    except _NOT_JUDGED:
        return errors
    merged = dict(errors)
    for name, problem in _listed(more).items():
        merged.setdefault(name, problem)
    return merged


def _listed(errors):
    return {k: v if isinstance(v, list) else [v] for k, v in errors.items()}


def _worded(ctype, errors):
    """"Missing data for required field." as what to do: "Enter the meter serial number",
    "Select the reason"."""
    if not any(shared.REQUIRED in messages(v) or MISSING_TEXT in messages(v)
               for v in errors.values()):
        return errors
    declared = (ctype.schema or shared.ContactSchema)._declared_fields
    out = {}
    for name, problems in errors.items():
        field = describe_field(name, declared[name]) if name in declared else None
        if field is None or not isinstance(problems, list):
            out[name] = problems
            continue
        verb = "Select" if field.enum else "Enter"
        out[name] = [f"{verb} the {lower_label(field.label)}."
                     if p in (shared.REQUIRED, MISSING_TEXT) else p for p in problems]
    return out


def prepare(actor, type_code, data, to_org=None):
    """Run every check for raising; return a :class:`CheckedRecord` or raise (with ``.code``)."""
    ctype = lookup_type(actor, type_code)
    if not allowed(actor, "contact.raise", ctype):
        raise forbidden(f"{ctype.code} contacts cannot be raised by your organisation's "
                        f"participant type or role.")
    org = actor.organisation
    context = shared.RaiseContext(actor=actor, organisation=org,
                                  participant_type=org.tenant.code,
                                  today=clock.local_today(), to_org=to_org)
    loaded = load(ctype, data, context, schema=schema_of(ctype))
    recipient = _recipient(actor, ctype, to_org, loaded, context)
    ref = loaded.get("originator_ref")
    if ref and ref_in_use(org, ctype, ref):
        raise ref_error(ref)
    return CheckedRecord(ctype=ctype, context=context, values=shared.jsonable(loaded),
                    recipient=recipient,
                    sla_days=sla.target_days(ctype, get_tenant(org.tenant.code)))
