"""``/api/v1/standards-of-service``: the share of queries resolved within 4, 10 and 20
business days, by contact type, by market sector and inside or outside the query allowance,
for a period of months (the portal's ``/reports/standards``).

A participant reads its own organisation's; CDSP staff every organisation's, or one's
(``organisation``), with a table by organisation. Another organisation's code is not found,
as an unknown one is. The counting is ``standards.py``'s, as on the portal.
"""
import functools

from flask_login import current_user
from marshmallow import Schema, fields, validate

from core import allowance_report
from core.contacts import is_cdsp_staff
from core.errors import NotFound
from plugins.reports import figures, sectors, standards

MONTH = validate.Regexp(allowance_report.MONTH_PATTERN,
                        error="Give a month as YYYY-MM (2000 to 2099), e.g. 2026-03.")


def resources(api):
    """The resource's blueprint, built once per process from the API's kit ``api``."""
    return [_blueprint(api)]


class StandardsArgs(Schema):
    from_ = fields.String(data_key="from", validate=MONTH, metadata={
        "description": "the first month, YYYY-MM (default: eleven months before `to`)"})
    to = fields.String(validate=MONTH, metadata={
        "description": "the last month, YYYY-MM (default: this month); at most 60 months "
                       "from `from`, never before it"})
    organisation = fields.String(metadata={
        "format": "organisation-code",
        "description": "CDSP staff: one organisation's queries (those it is a party to). "
                       "A participant may give only its own; any other code is not found"})


SIDES = (standards.INSIDE, standards.OUTSIDE, "all")
SHARE = "share of the resolved queries, in per cent to one decimal place"


class _Shares(Schema):
    sector = fields.String(validate=validate.OneOf(sectors.SECTORS), metadata={
        "description": "market sector: " + ", ".join(f"{s} ({sectors.LABELS[s]})"
                                                     for s in sectors.SECTORS)})
    allowance = fields.String(validate=validate.OneOf(SIDES), metadata={
        "description": "inside or outside the raiser's query allowance (by sector, also all: "
                       "both sides together)"})
    resolved = fields.Integer(metadata={"description": "queries resolved in the period"})
    within_4 = fields.Integer(metadata={"description": "resolved within 4 business days"})
    within_4_pct = fields.Float(allow_none=True, metadata={"description": f"within 4: {SHARE}"})
    within_10 = fields.Integer(metadata={"description": "resolved within 10 business days"})
    within_10_pct = fields.Float(allow_none=True,
                                 metadata={"description": f"within 10: {SHARE}"})
    within_20 = fields.Integer(metadata={"description": "resolved within 20 business days"})
    within_20_pct = fields.Float(allow_none=True,
                                 metadata={"description": f"within 20: {SHARE}"})


class StandardsTypeOut(_Shares):
    type = fields.String(attribute="key", metadata={"description": "contact type code"})


class StandardsSectorOut(_Shares):
    pass


class StandardsOrganisationOut(_Shares):
    organisation = fields.String(attribute="key", metadata={
        "description": "the raiser's organisation code"})


class StandardsOut(Schema):
    from_ = fields.String(data_key="from", metadata={"description": "the first month, YYYY-MM"})
    to = fields.String(metadata={"description": "the last month, YYYY-MM"})
    organisation = fields.String(allow_none=True, metadata={
        "description": "the organisation whose queries are counted; null (CDSP staff): every "
                       "organisation's"})
    by_type = fields.List(fields.Nested(StandardsTypeOut), metadata={
        "description": "by contact type, sector and side of the allowance"})
    by_sector = fields.List(fields.Nested(StandardsSectorOut), metadata={
        "description": "every type together, by sector and side of the allowance"})
    by_organisation = fields.List(fields.Nested(StandardsOrganisationOut), metadata={
        "description": "CDSP staff only: by the raiser's organisation, sector and side of the "
                       "allowance"})


def _period(api, args):
    try:
        return figures.period(args.get("from_"), args.get("to"))
    except ValueError as exc:
        api.abort(422, str(exc), {"query": {"from": [str(exc)]}})


@functools.cache
def _blueprint(api):
    blp = api.blueprint("standards-of-service", __name__, "/standards-of-service",
                        "Standards of service: queries resolved within 4, 10 and 20 business "
                        "days, by type, market sector and query allowance.")

    @blp.route("", methods=["GET"])
    @blp.arguments(StandardsArgs, location="query")
    @blp.response(200, StandardsOut)
    @blp.alt_response(404, description="Not your organisation (CDSP staff: no such participant).")
    def index(args):
        """The period's standards of service: by type, by sector and (CDSP) by organisation.

        Your organisation's queries (CDSP staff: every organisation's, or one's)."""
        first, last, start, end = _period(api, args)
        try:
            org = allowance_report.organisation_for(current_user, args.get("organisation"))
        except NotFound as exc:
            api.abort(404, exc.message)
        query = figures.scope(current_user, org)
        by_type = standards.table(query, "type", start, end)
        out = {"from_": f"{first:%Y-%m}", "to": f"{last:%Y-%m}",
               "organisation": org.code if org is not None else None,
               "by_type": by_type, "by_sector": standards.by_sector(by_type)}
        if is_cdsp_staff(current_user):
            out["by_organisation"] = standards.table(query, "organisation", start, end)
        return out

    return blp
