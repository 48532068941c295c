"""The raise form of a contact type, built from its description
(:func:`core.contacts.describe_type`): one :class:`Field` per described field (label, hint
from its description, the kind of input, its choices), and the submitted values read back
from a request's form."""
from dataclasses import dataclass

from core.contacts import describe_type
from core.errors import messages
from core.wording import words

LONG_TEXT = 500   # free text allowed to be longer than this gets a text area
FEW_CHOICES = 6   # a choice among this many or fewer is radios, more a select


@dataclass
class Field:
    name: str
    label: str
    hint: str
    required: bool
    input: str              # "text", "number", "date", "radios", "select", "textarea"
    choices: tuple = ()     # (value, words) of a choice
    max_length: int = None


def schema_fields(ctype):
    """The form's fields for ``ctype``, in batch order: MPRN, summary, reference, then the
    type's own fields."""
    return [_field(f) for f in describe_type(ctype).fields]


def _field(described):
    if described.enum:
        kind = "radios" if len(described.enum) <= FEW_CHOICES else "select"
    elif described.format == "date":
        kind = "date"
    elif described.type in ("integer", "number") or described.format == "decimal":
        kind = "number"
    elif described.max_length and described.max_length > LONG_TEXT:
        kind = "textarea"
    else:
        kind = "text"
    hint = described.description
    listed = hint.split(": ", 1)[-1]
    if kind == "radios" and listed == ", ".join(str(c) for c in described.enum):
        hint = ""   # "Why: inaccurate_read, ...": a list of the codes says less than the radios
    if hint.strip().lower() == described.label.lower():
        hint = ""   # the label says it already
    return Field(name=described.name, label=described.label,
                 hint=hint, required=described.required, input=kind,
                 choices=tuple((str(c), words(c)) for c in described.enum or ()),
                 max_length=described.max_length)


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
