"""``/api/v1/notification-preferences``: the emails the key's owner receives about contacts,
the same choices as the portal's Notifications page (which events, one email each or a daily
digest; no events is no email at all). Each user reads and changes only their own.

The notifications plugin adds this resource to the API with the ``register_api_resources``
hook, built with the kit the API hands it (plugins never import each other); the API serves
it only in tenants that enable this plugin."""
import functools

from flask_login import current_user
from marshmallow import Schema, ValidationError, fields, validates_schema

from plugins.notifications import rules
from plugins.notifications.models import EACH


def resources(api):
    """The resource's blueprint, built once per process from the API's kit ``api``."""
    return [_blueprint(api)]


def _described(choices):
    return "; ".join(f"`{code}`: {text}" for code, text in choices.items())


class PreferencesIn(Schema):
    events = fields.List(fields.String(metadata={"enum": list(rules.KINDS)}), required=True,
                         metadata={"description": "The events to be told of (none: no email "
                                                  "at all). " + _described(rules.KINDS)})
    delivery = fields.String(required=True, metadata={
        "enum": list(rules.DELIVERIES),
        "description": "How they arrive: " + _described(rules.DELIVERIES)})

    @validates_schema
    def known_choices(self, data, **kwargs):
        errors = rules.choice_errors(set(data.get("events", ())), data.get("delivery", EACH))
        if errors:
            raise ValidationError(errors)


class PreferencesOut(Schema):
    events = fields.List(fields.String(metadata={"enum": list(rules.KINDS)}),
                         metadata={"description": "The events you are told of"})
    delivery = fields.String(metadata={"enum": list(rules.DELIVERIES)})
    off = fields.Boolean(metadata={"description": "True when you receive no notification email"})
    chosen = fields.Boolean(metadata={"description": "False until you choose: the defaults apply"})
    choices = fields.Dict(keys=fields.String(), values=fields.String(),
                          metadata={"description": "Every event you may choose, described"})


def _answer(user):
    events, delivery = rules.choices_for(user)
    return {"events": [code for code in rules.KINDS if code in events], "delivery": delivery,
            "off": not events, "chosen": rules.preference_for(user) is not None,
            "choices": rules.KINDS}


@functools.cache
def _blueprint(api):
    blp = api.blueprint("notification-preferences", __name__, "/notification-preferences",
                        "The emails you receive about contacts: which events, and how.")

    @blp.route("", methods=["GET"])
    @blp.response(200, PreferencesOut)
    def read():
        """Your notification choices (until you choose: anything on the contacts you raised,
        are assigned or follow, one email each)."""
        return _answer(current_user._get_current_object())

    @blp.route("", methods=["PUT"])
    @blp.arguments(PreferencesIn)
    @blp.response(200, PreferencesOut)
    def replace(chosen):
        """Replace your notification choices: `events: []` turns the emails off."""
        user = current_user._get_current_object()
        errors = rules.save_preference(user, set(chosen["events"]), chosen["delivery"],
                                       channel="api")
        if errors:   # checked by the schema already; kept in step with the portal's rules
            api.abort(422, errors=errors)
        return _answer(user)

    return blp
