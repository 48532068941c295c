"""Forms generated from a contact type's marshmallow schema: one :class:`Field` per schema
field (label, hint from its ``metadata["description"]``, the kind of input, its choices),
and the submitted values read back from a request's form."""
from dataclasses import dataclass

from marshmallow import fields as mfields
from marshmallow import validate

from core.contacts import BusinessDate, ContactSchema
from core.errors import messages

LABELS = {"mprn": "MPRN", "summary": "Summary", "originator_ref": "Your reference"}
FIRST = ("mprn", "summary", "originator_ref")
LONG_TEXT = 500   # free text allowed to be longer than this gets a text area


@dataclass
class Field:
    name: str
    label: str
    hint: str
    required: bool
    input: str              # "text", "number", "date", "select", "textarea"
    choices: tuple = ()
    max_length: int = None


def schema_fields(ctype):
    """The form's fields for ``ctype``, in batch order: MPRN, summary, reference, then the
    type's own fields."""
    schema = ctype.schema or ContactSchema
    declared = schema._declared_fields
    order = list(FIRST) + list(ctype.batch_fields)
    order += [n for n in declared if n not in order]
    out = []
    for name in order:
        field = declared.get(name)
        if field is None or field.dump_only:
            continue
        required = field.required or (name == "mprn" and ctype.mprn_required)
        out.append(_field(name, field, required))
    return out


def _field(name, field, required):
    choices, max_length = (), None
    for rule in _validators(field):
        if isinstance(rule, validate.OneOf):
            choices = tuple(rule.choices)
        if isinstance(rule, validate.Length) and rule.max:
            max_length = rule.max
    if choices:
        kind = "select"
    elif isinstance(field, (BusinessDate, mfields.Date)):
        kind = "date"
    elif isinstance(field, (mfields.Integer, mfields.Decimal, mfields.Float)):
        kind = "number"
    elif max_length and max_length > LONG_TEXT:
        kind = "textarea"
    else:
        kind = "text"
    label = LABELS.get(name) or name.replace("_", " ").capitalize()
    hint = field.metadata.get("description", "")
    return Field(name=name, label=label, hint=hint, required=required, input=kind,
                 choices=choices, max_length=max_length)


def _validators(field):
    rules = field.validators if isinstance(field.validators, (list, tuple)) else [field.validators]
    return [r for r in rules if r is not None]


def submitted(form_fields, form):
    """The values typed into ``form`` for ``form_fields`` (empty boxes left out)."""
    values = {}
    for field in form_fields:
        value = (form.get(field.name) or "").strip()
        if value:
            values[field.name] = value
    return values


def field_errors(errors, form_fields, extra=()):
    """Per-field messages (one string each) for the fields on the form; anything else under
    ``"form"``, so no message is ever lost."""
    names = {f.name for f in form_fields} | set(extra)
    out, other = {}, []
    for key, value in (errors or {}).items():
        text = " ".join(messages(value))
        if key in names:
            out[key] = text
        else:
            other.append(text)
    if other:
        out["form"] = " ".join(other)
    return out
