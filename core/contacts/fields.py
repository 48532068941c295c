"""Field definitions every contact type shares: the MPRN with its check digits, business
dates (``YYYY-MM-DD`` on screen and in the API, ``YYYYMMDD`` in batch files), reads,
correction factors, postcodes, organisation codes; and the base schema of every contact.

Contact-type plugins build their schemas from these (plugins never import each other).
"""
import datetime
import decimal
import re
from dataclasses import dataclass

from marshmallow import Schema, ValidationError, fields, pre_load, validate

from core import clock
from core.contacts import mprn as mprn_rules
from core.contacts import sla
from core.contacts.lookups import organisation

REQUIRED = "This field is required."
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")


@dataclass
class RaiseContext:
    """What a type's rules and routing may know about who is raising a contact, and when."""
    actor: object
    organisation: object          # the originator's Organisation
    participant_type: str         # the originator's tenant code ("shipper", ..., "cdsp")
    today: datetime.date          # the business calendar's date now
    to_org: object = None         # the organisation the CDSP raises it to, if any


def _text(description, **kwargs):
    return {"metadata": {"description": description}, **kwargs}


class Mprn(fields.String):
    """An MPRN: 6 to 11 digits whose last two are check digits (see core.contacts.mprn)."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = str(value).strip().replace(" ", "") if value is not None else ""
        problem = mprn_rules.problem(text)
        if problem:
            raise ValidationError(problem)
        return text


class BusinessDate(fields.Date):
    """A date given as ``YYYY-MM-DD`` or ``YYYYMMDD`` (batch files)."""
    default_error_messages = {"invalid": "Give a date as YYYY-MM-DD (or YYYYMMDD in files).",
                              "format": "Give a date as YYYY-MM-DD (or YYYYMMDD in files)."}

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = str(value).strip()
        if re.fullmatch(r"[0-9]{8}", text):
            text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
        return super()._deserialize(text, attr, data, **kwargs)


class WholeNumber(fields.Integer):
    """A whole number, strictly: a JSON integer, or the text of one (a form's box, a batch
    file's cell: digits, with a sign or spaces around them). Anything else is refused with
    the field's ``invalid`` message, never cut to a whole number: 2.5 is not 2, and neither
    2.0 nor "2.0" is taken for 2 (the API documents such a field as a JSON integer, which
    2.0 is not)."""
    default_error_messages = {"invalid": "Give a whole number (digits only, no decimal point)."}
    DIGITS = re.compile(r"[+-]?[0-9]+")

    def __init__(self, **kwargs):
        super().__init__(strict=True, **kwargs)

    def _validated(self, value):
        if isinstance(value, str) and self.DIGITS.fullmatch(value.strip()):
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.make_error("invalid", input=value)
        return super()._validated(value)


class Read(WholeNumber):
    """A meter read or index: a whole number of at least zero."""
    default_error_messages = {"invalid": "Give a whole number (a meter read), with no decimal point."}

    def __init__(self, **kwargs):
        kwargs.setdefault("validate", validate.Range(min=0, max=10**12,
                                                     error="A read must be between 0 and 10^12."))
        super().__init__(**kwargs)


class Quantity(WholeNumber):
    """A whole number of kWh, at least zero."""
    default_error_messages = {"invalid": "Give a whole number of kWh, with no decimal point."}

    def __init__(self, **kwargs):
        kwargs.setdefault("validate", validate.Range(min=0, max=10**13,
                                                     error="Give a number of kWh of at least 0."))
        super().__init__(**kwargs)


class CorrectionFactor(fields.Decimal):
    """A volume correction factor, between 0.5 and 2 (1.02264 is the standard one)."""
    default_error_messages = {"invalid": "Give a decimal number such as 1.02264."}

    def __init__(self, **kwargs):
        kwargs.setdefault("validate", validate.Range(
            min=decimal.Decimal("0.5"), max=decimal.Decimal("2"),
            error="A correction factor is between 0.5 and 2."))
        super().__init__(places=5, **kwargs)


class Money(fields.Decimal):
    default_error_messages = {"invalid": "Give an amount in pounds such as 1250.00."}

    def __init__(self, **kwargs):
        kwargs.setdefault("validate", validate.Range(
            min=decimal.Decimal("0.01"), max=decimal.Decimal("100000000"),
            error="Give an amount between 0.01 and 100,000,000."))
        super().__init__(places=2, **kwargs)


class MeterSerial(fields.String):
    def __init__(self, **kwargs):
        kwargs["metadata"] = {"label": "Meter serial number", **kwargs.get("metadata", {})}
        kwargs.setdefault("validate", validate.Regexp(
            r"^[A-Za-z0-9\-/]{1,20}$",
            error="A meter serial number is 1 to 20 letters, digits, '-' or '/'."))
        super().__init__(**kwargs)


class Postcode(fields.String):
    """A UK postcode, normalised to capitals with one space (e.g. ``B1 1AA``)."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = re.sub(r"\s+", "", str(value or "")).upper()
        if not POSTCODE_RE.match(text):
            raise ValidationError("Give a UK postcode such as B1 1AA.")
        return f"{text[:-3]} {text[-3:]}"


class OrgCode(fields.String):
    """An organisation's short code (checked against the database by the type's routing)."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = str(value or "").strip().upper()
        if not re.fullmatch(r"[A-Z0-9]{2,10}", text):
            raise ValidationError("Give an organisation's code: 2 to 10 capital letters or digits.")
        return text


def Text(max_length, **kwargs):
    """Free text of at most ``max_length`` characters."""
    return fields.String(validate=validate.Length(
        max=max_length, error=f"Use at most {max_length} characters."), **kwargs)


def Choice(choices, **kwargs):
    return fields.String(validate=validate.OneOf(
        choices, error=f"Choose one of: {', '.join(choices)}."), **kwargs)


class ContactSchema(Schema):
    """What every contact carries: its MPRN, a summary and the originator's own reference.

    Subclasses add the type's own fields. Values that are empty strings or None count as
    "not given", so a form's empty box and a batch file's empty field behave alike.
    """
    mprn = Mprn(**_text("Meter Point Reference Number, with its check digits"))
    summary = fields.String(required=True, validate=validate.Length(
        min=1, max=500, error="Give a summary of 1 to 500 characters."),
        **_text("What the contact is about, in a sentence"))
    originator_ref = fields.String(validate=validate.Regexp(
        r"^[A-Za-z0-9._\-/]{1,64}$",
        error="Your reference is 1 to 64 letters, digits, '.', '_', '-' or '/'."),
        **_text("Your own reference, unique among your open contacts of this type"))

    @pre_load
    def drop_empty(self, data, **kwargs):
        if not isinstance(data, dict):
            return data
        return {k: (v.strip() if isinstance(v, str) else v) for k, v in data.items()
                if v is not None and not (isinstance(v, str) and not v.strip())}


def org_problem(code, participant_types):
    """What is wrong with naming organisation ``code`` as one of ``participant_types``, or None."""
    org = organisation(code)
    if org is None or not org.is_active:
        return f"There is no active organisation with code {code}."
    if org.tenant.code not in participant_types:
        return f"{code} is not a {' or '.join(t.upper() for t in participant_types)}."
    return None


def not_future(day, context):
    """A message when ``day`` is after today, else None."""
    return "This date is in the future." if day > context.today else None


def example_date(business_days):
    """A date for a type's ``example``: ``business_days`` business days after the business
    calendar's today (before it when negative), as ``YYYY-MM-DD``. An example whose rules
    measure a date from today (an effective date to come, a read of the last year) gives it
    this way, in an ``example`` property, so that it is valid on whatever day it is read."""
    return sla.add_business_days(clock.local_today(), business_days).isoformat()


def jsonable(data):
    """Loaded values as JSON-safe values for ``Contact.fields`` (dates ISO, decimals as text)."""
    out = {}
    for key, value in data.items():
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        elif isinstance(value, decimal.Decimal):
            value = str(value)
        out[key] = value
    return out

