"""What a contact type says about itself: for "Contacts Explained", the API's list of
types and batch files (the order of its fields after SUMMARY)."""
from core.contacts.fields import ContactSchema, describe_fields
from core.contacts.sla import target_days
from core.contacts.validation import BAD_RECORD, contact_types, invalid
from core.tenancy import get_tenant, plugin_enabled


def describe(ctype, tenant_code=None):
    """A plain dict describing ``ctype`` (service level as the tenant sets it)."""
    schema = ctype.schema or ContactSchema
    return {
        "code": ctype.code,
        "name": ctype.name,
        "sub_service": ctype.sub_service,
        "raised_by": list(ctype.raised_by),
        "cdsp_may_raise": ctype.cdsp_may_raise,
        "service_level_days": target_days(ctype, get_tenant(tenant_code) if tenant_code else None),
        "mprn_required": ctype.mprn_required,
        "fields": [{"name": n, "required": r or (n == "mprn" and ctype.mprn_required),
                    "description": d}
                   for n, r, d in describe_fields(schema, ("mprn", "summary", "originator_ref")
                                                  + tuple(ctype.batch_fields))],
        "batch_fields": list(ctype.batch_fields),
        "ceds": dict(ctype.ceds),
        "allows_rfi": ctype.allows_rfi,
        "challenge_days": ctype.challenge_days,
        "guide": ctype.guide.strip(),
        "plugin": ctype.plugin,
    }


def contacts_explained(tenant_code):
    """Every contact type enabled for a tenant, described, in code order."""
    return [describe(t, tenant_code) for t in contact_types() if plugin_enabled(tenant_code, t.plugin)]


def record_data(ctype, values):
    """A batch record's type fields (the values after SUMMARY) as a dict; empty means "not
    given". Too many values: Invalid with code REC007."""
    values = list(values)
    if len(values) > len(ctype.batch_fields):
        raise invalid("Wrong number of fields.",
                      {"record": f"A {ctype.code} record has at most {len(ctype.batch_fields)} "
                                 f"fields after SUMMARY ({', '.join(ctype.batch_fields)}); "
                                 f"this one has {len(values)}."}, BAD_RECORD)
    return {name: value for name, value in zip(ctype.batch_fields, values) if value != ""}
