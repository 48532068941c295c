"""The action forms of a contact's page: exactly the actions the reader may take now (the
status allows it, and ``permission_allowed`` says yes to ``contact.<action>``), each with
its fields, and the parameters a submitted form gives :func:`core.contacts.act`."""
from dataclasses import dataclass, field

from core.contacts import (CORRESPONDENCE_KINDS, MAX_DUE_DAYS, TEMPLATE_ACTIONS, VERDICT_LABELS,
                           VERDICTS, assignable_users, available_actions, gives_verdict,
                           rejection_reasons,
                           resolution_reasons, templates_for, transfer_targets, type_of)
from core.permissions import allowed

# The order actions are offered in; the first one available is the page's primary action.
ORDER = ("respond", "accept", "start", "resolve", "close", "request_info", "chase", "extend",
         "reject", "allocate", "set_ced", "assign", "transfer", "message", "challenge", "cancel")
PRIMARY = ("respond", "accept", "start", "resolve", "close")
# attach has its own upload form, mark_duplicate the linked contacts' form; amend is for the API
NOT_OFFERED = {"amend", "attach", "mark_duplicate"}
PARAMS = ("text", "code", "kind", "due_days", "to_org", "assignee", "ced", "template", "verdict")
DONE = {
    "accept": "The contact is accepted.", "start": "Work on the contact has started.",
    "respond": "Your answer has been sent.", "resolve": "The contact is resolved.",
    "close": "The contact is closed.", "request_info": "Your request has been sent.",
    "reject": "The contact is rejected.", "allocate": "The contact is allocated.",
    "set_ced": "The case event is set.", "assign": "The contact is assigned.",
    "transfer": "The contact is transferred.", "message": "Your message has been added.",
    "challenge": "The resolution is challenged: this is the follow-up contact.",
    "cancel": "The contact is cancelled.",
    "chase": "A reminder has been sent to the originator.",
    "extend": "The due date is extended.",
}


@dataclass
class Input:
    name: str
    label: str
    kind: str = "textarea"      # "textarea", "text", "select", "number", "radios"
    choices: tuple = ()         # ((value, text), ...)
    required: bool = True
    hint: str = ""


@dataclass
class ActionForm:
    action: str
    title: str
    button: str
    inputs: list = field(default_factory=list)
    primary: bool = False
    warning: bool = False


def offered(user, contact):
    """The :class:`ActionForm` for each action ``user`` may take on ``contact`` now."""
    names = [a for a in available_actions(contact)
             if a not in NOT_OFFERED and allowed(user, f"contact.{a}", contact)]
    forms = [f for f in (_form(a, contact) for a in sorted(names, key=ORDER.index)) if f]
    for form in forms:
        if form.action == "resolve" and gives_verdict(user, contact):
            form.inputs.append(VERDICT_INPUT)
        if form.action in TEMPLATE_ACTIONS:
            with_templates(form, templates_for(user, contact, TEMPLATE_ACTIONS[form.action]))
    primary = next((f for f in forms if f.action in PRIMARY), None)
    if primary:
        primary.primary = True
    return forms


def with_templates(form, templates):
    """Offer ``templates`` on ``form``: chosen, one gives the text (and the code), and what
    is written in the text box follows it."""
    if not templates:
        return form
    form.inputs.insert(0, Input("template", "Start from a template", "select",
                                (("", "No template"),) + tuple((str(t.id), t.name) for t in templates),
                                required=False, hint="Its details are filled in from the contact."))
    for item in form.inputs:
        if item.name == "text":
            item.required = False
            item.hint = (item.hint + " " if item.hint else "") + \
                "With a template, anything written here follows its text."
        if item.name == "code":
            item.required = False
    return form


def may_attach(user, contact):
    return "attach" in available_actions(contact) and allowed(user, "contact.attach", contact)


def params(action, form):
    """What a submitted action form gives :func:`act` (only the action's own fields)."""
    out = {name: form.get(name) for name in PARAMS if name in form}
    if action == "assign":
        out["assignee"] = out.get("assignee") or None
    if action == "allocate" and "ced" in out:
        out["ced"] = out["ced"] or None
    if action in ("set_ced", "resolve"):
        out["code"] = out.get("code") or None
    out["template"] = out.get("template") or None
    return out


def _form(action, contact):
    build = BUILDERS[action]
    return build(contact)


def _simple(action, title, button, **kw):
    return lambda contact: ActionForm(action, title, button, **kw)


def _text(action, title, button, label, required=True, hint="", **kw):
    return lambda contact: ActionForm(action, title, button,
                                      [Input("text", label, required=required, hint=hint)], **kw)


def _request_info(contact):
    ctype = type_of(contact)
    kinds = [(k, f"{name} ({k})") for k, name in CORRESPONDENCE_KINDS.items()
             if k != "RFI" or getattr(ctype, "allows_rfi", False)]
    days = getattr(ctype, "correspondence_days", 5)
    return ActionForm("request_info", "Ask the originator", "Send the request", [
        Input("kind", "Kind of request", "select", tuple(kinds)),
        Input("text", "What you need from them"),
        Input("due_days", "Business days to answer", "number",
              hint=f"1 to {MAX_DUE_DAYS}; usually {days}.")])


def _reject(contact):
    ctype = type_of(contact)
    codes = rejection_reasons(ctype)
    return ActionForm("reject", "Reject it", "Reject the contact", [
        Input("code", "Rejection code", "select",
              (("", "Choose a code"),) + tuple((c, f"{c} – {t}")
                                               for c, t in sorted(codes.items()))),
        Input("text", "Why, and what the originator should do")], warning=True)


def _resolve(contact):
    codes = resolution_reasons(type_of(contact))
    return ActionForm("resolve", "Resolve", "Resolve the contact", [
        Input("code", "Resolution code", "select",
              (("", "No code"),) + tuple((c, f"{c} – {t}") for c, t in sorted(codes.items())),
              required=False),
        Input("text", "Resolution", hint="What was done: the originator reads this.")])


# The CDSP's verdict on a participant's query when it clears it (the query allowance, UNC
# Mod 565): valid unless it says otherwise.
VERDICT_INPUT = Input("verdict", "Query allowance verdict", "radios",
                      tuple((v, VERDICT_LABELS[v]) for v in VERDICTS), required=False,
                      hint="Invalid when, on working it, there was no challenge to the data or "
                           "the sender's data was incorrect: it goes to the organisation's "
                           "shadow log and is deducted from its allowance.")


def _extend(contact):
    return ActionForm("extend", "Give more time to answer", "Extend the due date", [
        Input("due_days", "Business days to add", "number",
              hint=f"From 1 to {MAX_DUE_DAYS}, added to the current due date."),
        Input("text", "Reason", hint="Recorded on the contact; the originator reads it.")])


def _ceds(contact):
    ctype = type_of(contact)
    return tuple((c, f"{c} – {t}") for c, t in (getattr(ctype, "ceds", None) or {}).items())


def _set_ced(contact):
    ceds = _ceds(contact)
    if not ceds:
        return None
    return ActionForm("set_ced", "Set the case event", "Set the case event", [
        Input("code", "Case event (CED)", "select", (("", "None"),) + ceds, required=False)])


def _allocate(contact):
    return ActionForm("allocate", "Allocate to another party", "Allocate", [
        Input("to_org", "Organisation code", "text",
              hint="The third party who must act, such as the Gas Transporter: not you, the "
                   "CDSP or the originator."),
        Input("text", "What they need to do", required=False)]
        + ([Input("ced", "Case event (CED)", "select", (("", "None"),) + _ceds(contact),
                  required=False)] if _ceds(contact) else []))


def _assign(contact):
    people = assignable_users(contact.holder_org_id)
    choices = (("", "Nobody (back to the queue)"),) + tuple(
        (str(u.id), u.display_name) for u in people)
    return ActionForm("assign", "Assign", "Assign", [
        Input("assignee", "Assign to", "select", choices, required=False)])


def _transfer(contact):
    others = transfer_targets(contact.holder_org)
    if not others:
        return None
    return ActionForm("transfer", "Transfer within the group", "Transfer", [
        Input("to_org", "Transfer to", "select",
              tuple((o.code, f"{o.code} – {o.name}") for o in others))])


BUILDERS = {
    "accept": _simple("accept", "Accept", "Accept the contact"),
    "start": _simple("start", "Start work", "Start work"),
    "close": _simple("close", "Close", "Accept the resolution and close"),
    "respond": _text("respond", "Answer", "Send your answer", "Your answer"),
    "resolve": _resolve,
    "request_info": _request_info,
    "reject": _reject,
    "allocate": _allocate,
    "set_ced": _set_ced,
    "chase": _text("chase", "Send a reminder", "Send the reminder", "Reminder (optional)",
                   required=False, hint="Left empty, a standard reminder of the request is sent."),
    "extend": _extend,
    "assign": _assign,
    "transfer": _transfer,
    "message": _text("message", "Add a message", "Add the message", "Message"),
    "challenge": _text("challenge", "Challenge the resolution", "Challenge",
                       "Why you disagree with the resolution"),
    "cancel": _text("cancel", "Cancel the contact", "Cancel the contact",
                    "Reason (optional)", required=False, warning=True),
}
