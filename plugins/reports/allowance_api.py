"""``/api/v1/query-allowance``: the query allowance's figures (UNC Mod 565) for a month.

A participant reads its own organisation's; CDSP staff every participant organisation's
(the list) or one's. Another organisation's code is not found. The counting is core's
(:mod:`core.allowance_report`).
"""
import functools

from flask_login import current_user
from marshmallow import Schema, fields, validate

from core import allowance_report as report
from core.errors import Invalid, NotFound


def resources(api):
    """The resource's blueprint, built once per process from the API's kit ``api``."""
    return [_blueprint(api)]


class AllowanceMonthArgs(Schema):
    month = fields.String(validate=validate.Regexp(report.MONTH_PATTERN), metadata={
        "description": "YYYY-MM (default: this month); a month not yet begun has no days yet, "
                       "only the allowance the months before it set"})


class AllowanceBaseOut(Schema):
    month = fields.String(metadata={"description": "YYYY-MM"})
    submitted = fields.Integer()
    invalid = fields.Integer(metadata={"description": "invalid verdicts given in the month"})
    valid = fields.Integer(metadata={"description": "submitted less invalid (never below 0)"})
    business_days = fields.Integer()
    daily_average = fields.Float(attribute="average")


class AllowanceDayOut(Schema):
    day = fields.Date()
    allowance = fields.Integer(allow_none=True)
    submitted = fields.Integer()
    invalid = fields.Integer(metadata={"description": "invalid verdicts given that day: the "
                                                      "shadow log, deducted one for one"})
    used = fields.Integer(metadata={"description": "submitted + invalid"})
    excess = fields.Integer(metadata={"description": "used beyond the allowance: outside the "
                                                     "service-level liability"})
    remaining = fields.Integer(allow_none=True)
    refused_at_intake = fields.Integer(metadata={
        "description": "submissions refused at intake (never queries; they use no allowance)"})


class AllowanceMonthOut(Schema):
    organisation = fields.String(attribute="organisation.code",
                                 metadata={"description": "organisation code"})
    month = fields.Function(lambda f: f"{f.month:%Y-%m}",
                            metadata={"type": "string", "description": "YYYY-MM"})
    applied = fields.Boolean(metadata={"description": "the organisation's portal marks "
                                                      "contacts raised beyond the allowance"})
    allowance = fields.Integer(allow_none=True, metadata={
        "description": "the daily allowance: the highest daily average of valid queries over "
                       "the three months before, plus 20%, rounded up; null with no history"})
    submitted = fields.Integer()
    invalid = fields.Integer(metadata={"description": "invalid verdicts given in the month"})
    valid = fields.Integer()
    used = fields.Integer()
    excess = fields.Integer(metadata={"description": "outside the service-level liability"})
    days_over = fields.Integer()
    refused_at_intake = fields.Integer()


class AllowanceListOut(Schema):
    items = fields.List(fields.Nested(AllowanceMonthOut))


class WithShadowLog:
    """A month's figures with its shadow log, for :class:`AllowanceOrganisationOut`."""

    def __init__(self, figures, shadow_log):
        self.figures, self.shadow_log = figures, shadow_log

    def __getattr__(self, name):
        return getattr(self.figures, name)


def _month(api, args):
    try:
        return report.parse_month(args.get("month"))
    except Invalid as exc:
        api.abort(422, exc.message, {"query": exc.errors})


@functools.cache
def _blueprint(api):
    blp = api.blueprint("query-allowance", __name__, "/query-allowance",
                        "The query allowance (UNC Mod 565): allowance, use, excess and shadow log.")

    class AllowanceShadowOut(Schema):
        reference = fields.String()
        type = fields.String(attribute="contact_type")
        raised_at = api.UtcDateTime()
        verdict_at = api.UtcDateTime(metadata={"description": "when it was cleared"})
        verdict = fields.String(metadata={"description": "no_challenge or incorrect_data"})

    class AllowanceOrganisationOut(AllowanceMonthOut):
        baseline = fields.List(fields.Nested(AllowanceBaseOut), attribute="bases",
                               metadata={"description": "the three months that set the allowance"})
        days = fields.List(fields.Nested(AllowanceDayOut))
        shadow_log = fields.List(fields.Nested(AllowanceShadowOut), metadata={
            "description": f"the invalid queries cleared in the month (at most "
                           f"{report.SHADOW_LOG_LIMIT}; `invalid` counts them all)"})

    @blp.route("", methods=["GET"])
    @blp.arguments(AllowanceMonthArgs, location="query")
    @blp.response(200, AllowanceListOut)
    def index(args):
        """The month's figures of your organisation (CDSP staff: of every participant)."""
        month = _month(api, args)
        own = report.organisation_for(current_user)
        orgs = report.participants() if own is None else [own]
        return {"items": report.for_organisations(orgs, month)}

    @blp.route("/<organisation>", methods=["GET"])
    @blp.arguments(AllowanceMonthArgs, location="query")
    @blp.response(200, AllowanceOrganisationOut)
    @blp.alt_response(404, description="Not your organisation (CDSP staff: no such participant).")
    def organisation_month(args, organisation):
        """One organisation's month: day by day, the months that set it, and its shadow log."""
        month = _month(api, args)
        try:
            org = report.organisation_for(current_user, organisation)
        except NotFound as exc:
            api.abort(404, exc.message)
        shadow, _ = report.shadow_log(org, month)
        return WithShadowLog(report.for_organisation(org, month), shadow)

    return blp
