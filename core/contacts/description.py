"""What a contact type says about itself, in one shape every channel renders.

:func:`describe_type` answers a :class:`TypeDescription`: the type's fields (kind, format,
choices, lengths, required), their batch layout, the tenant's service level, its CEDs and
its guide text. The API's ``/contact-types`` listing and OpenAPI, the portal's raise form,
"Contacts Explained" and the batch file layout all read this one description, so a new
field or rule shows alike everywhere.
"""
import csv
import decimal
import io
from dataclasses import asdict, dataclass, field

from marshmallow import fields as mf
from marshmallow import validate

from core.contacts.fields import BusinessDate, ContactSchema, Mprn, OrgCode, Postcode
from core.contacts.sla import target_days
from core.wording import words

BASE_FIELDS = ("mprn", "summary", "originator_ref")
BASE_LABELS = {"mprn": "MPRN", "summary": "Summary", "originator_ref": "Your reference"}
BATCH_PREFIX = ("ORIGINATOR_REF", "CONTACT_TYPE", "MPRN", "SUMMARY")

# (marshmallow field class, JSON type, format): the first match wins, so subclasses first.
KINDS = (
    (Mprn, "string", "mprn"), (Postcode, "string", "postcode"),
    (OrgCode, "string", "organisation-code"), (BusinessDate, "string", "date"),
    (mf.Boolean, "boolean", None), (mf.Integer, "integer", None),
    (mf.Decimal, "string", "decimal"), (mf.Float, "number", None),
    (mf.DateTime, "string", "date-time"), (mf.Date, "string", "date"),
    (mf.List, "array", None), (mf.Dict, "object", None), (mf.String, "string", None),
)


@dataclass(frozen=True)
class FieldDescription:
    name: str
    type: str                      # JSON type: string, integer, number, boolean, ...
    required: bool
    description: str = ""
    label: str = ""                # what a form calls it
    format: str = None             # date, decimal, mprn, postcode, organisation-code, ...
    enum: tuple = None             # the allowed values of a choice
    min_length: int = None
    max_length: int = None
    pattern: str = None
    minimum: object = None         # numbers (int, or Decimal for decimal fields)
    maximum: object = None
    batch_position: int = None     # 1-based place after SUMMARY in a batch record, if any

    def as_dict(self):
        """JSON-safe, leaving out what does not apply (a decimal bound as a float)."""
        out = {}
        for key, value in asdict(self).items():
            if value is None:
                continue
            if isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, decimal.Decimal):
                value = int(value) if value == value.to_integral_value() else float(value)
            out[key] = value
        return out


@dataclass(frozen=True)
class TypeDescription:
    code: str
    name: str
    sub_service: str
    raised_by: tuple
    cdsp_may_raise: bool
    service_level_days: int        # as the tenant sets it ([service_levels]), else the type's
    mprn_required: bool
    fields: tuple                  # FieldDescription, base fields first then the type's own
    batch_fields: tuple
    ceds: dict = field(default_factory=dict)
    allows_rfi: bool = False
    challenge_days: int = 10
    guide: str = ""
    example: dict = field(default_factory=dict)
    plugin: str = None

    @property
    def own_fields(self):
        """The type's own fields (not MPRN, summary or the originator's reference)."""
        return tuple(f for f in self.fields if f.name not in BASE_FIELDS)

    def field(self, name):
        return next((f for f in self.fields if f.name == name), None)

    @property
    def batch_layout(self):
        """The type's batch record, e.g. ``Q01,<ORIGINATOR_REF>,ENQ,<MPRN>,<SUMMARY>,<TOPIC>``."""
        cells = ["Q01", f"<{BATCH_PREFIX[0]}>", self.code, *(f"<{n}>" for n in BATCH_PREFIX[2:])]
        return ",".join(cells + [f"<{n.upper()}>" for n in self.batch_fields])

    @property
    def batch_example(self):
        """:attr:`example` as a batch record (dates as YYYYMMDD, a field not given left empty)."""
        def cell(name):
            value = self.example.get(name)
            if value is None:
                return ""
            described = self.field(name)
            text = str(value)
            if described is not None and described.format == "date":
                text = text.replace("-", "")
            return text
        record = ["Q01", cell("originator_ref"), self.code, cell("mprn"), cell("summary"),
                  *(cell(n) for n in self.batch_fields)]
        while record and record[-1] == "":
            record.pop()
        line = io.StringIO()
        csv.writer(line, lineterminator="").writerow(record)   # RFC 4180 quoting
        return line.getvalue()

    def as_dict(self):
        out = asdict(self)
        out["raised_by"] = list(self.raised_by)
        out["batch_fields"] = list(self.batch_fields)
        out["fields"] = [f.as_dict() for f in self.fields]
        return out


def describe_field(name, declared, required=False, batch_position=None):
    """A :class:`FieldDescription` of one marshmallow field, read from its class and validators."""
    json_type, fmt = next(((t, f) for cls, t, f in KINDS if isinstance(declared, cls)),
                          ("string", None))
    facts = {}
    validators = list(declared.validators or ())
    for check in validators:
        if isinstance(check, validate.OneOf):
            facts["enum"] = tuple(check.choices)
        elif isinstance(check, validate.Length):
            facts.update(min_length=check.min, max_length=check.max)
        elif isinstance(check, validate.Regexp):
            facts["pattern"] = check.regex.pattern
        elif isinstance(check, validate.Range):   # a bound that is not a number is not told
            facts.update({k: v for k, v in (("minimum", check.min), ("maximum", check.max))
                          if isinstance(v, (int, decimal.Decimal)) and not isinstance(v, bool)})
    if isinstance(declared, BusinessDate):
        facts["pattern"] = None  # a date: the format says it
    metadata = declared.metadata or {}
    shown = declared.data_key or name
    return FieldDescription(
        name=shown, type=json_type, format=fmt,
        label=metadata.get("label") or BASE_LABELS.get(shown) or words(shown),
        required=bool(declared.required or required),
        description=metadata.get("description", ""),
        batch_position=batch_position, **{k: v for k, v in facts.items() if v is not None})


def describe_type(ctype, tenant_spec=None):
    """The :class:`TypeDescription` of ``ctype``; ``tenant_spec`` (a tenant, as
    :func:`core.tenancy.get_tenant` answers) sets the service level."""
    schema = ctype.schema or ContactSchema
    declared = {n: f for n, f in schema._declared_fields.items() if not f.dump_only}
    order = list(BASE_FIELDS) + list(ctype.batch_fields)
    names = [n for n in order if n in declared] + [n for n in declared if n not in order]
    positions = {n: i for i, n in enumerate(ctype.batch_fields, start=1)}
    fields = tuple(describe_field(n, declared[n], n == "mprn" and ctype.mprn_required,
                                  positions.get(n))
                   for n in names)
    return TypeDescription(
        code=ctype.code, name=ctype.name, sub_service=ctype.sub_service,
        raised_by=tuple(ctype.raised_by), cdsp_may_raise=bool(ctype.cdsp_may_raise),
        service_level_days=target_days(ctype, tenant_spec),
        mprn_required=bool(ctype.mprn_required), fields=fields,
        batch_fields=tuple(ctype.batch_fields), ceds=dict(ctype.ceds),
        allows_rfi=bool(ctype.allows_rfi), challenge_days=int(ctype.challenge_days),
        guide=(ctype.guide or "").strip(), example=dict(ctype.example or {}),
        plugin=ctype.plugin)
