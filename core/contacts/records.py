"""A batch record's values as a contact's fields, by the type's declared ``batch_fields``."""
from core.contacts.reasons import BAD_RECORD
from core.contacts.registry import contact_types
from core.errors import Invalid


def batch_record(type_code, values):
    """The type's fields of a record (the values after SUMMARY, in the type's
    ``batch_fields`` order) as a dict; an empty value means "not given". An unknown type
    gives {} (the engine refuses the record for its type); too many values raise Invalid
    with code BAD_RECORD."""
    ctype = contact_types().get(str(type_code or "").strip().upper())
    values = list(values)
    if ctype is None or not values:
        return {}
    if len(values) > len(ctype.batch_fields):
        exc = Invalid("Wrong number of fields.",
                      {"record": f"A {ctype.code} record has at most {len(ctype.batch_fields)} "
                                 f"fields after SUMMARY ({', '.join(ctype.batch_fields)}); "
                                 f"this one has {len(values)}."})
        exc.code = BAD_RECORD
        raise exc
    return {name: value for name, value in zip(ctype.batch_fields, values) if value != ""}
