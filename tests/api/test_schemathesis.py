"""Schemathesis against the whole OpenAPI document, as its command line runs it: every phase
(examples, coverage, fuzzing, and the stateful phase that follows the document's links),
every check on (positive_data_acceptance too), no health check suppressed, and every warning
(missing test data, validation mismatch, ...) counted. It runs once as a participant and once
as a CDSP agent, against the app served on a local port. What it still finds is listed in
LEFT, each for its reason: anything else fails the test.

What the document cannot say by itself, the run is told as schemathesis intends: the custom
string formats the document names (an MPRN with its check digits, an organisation's code, a
page cursor) get generators of valid values (``schemathesis.openapi.format``), path and
query parameters get real objects of the caller (the config file's ``parameters``), and
the rules between values no schema can say (a range's end not before its start, a file's
name ending as its bytes' kind, a type's own rules) are kept by the :class:`TypeRules`
hook in the valid (positive) cases, whose refusals are otherwise documented 4xx answers.
"""
import io
import itertools
import json
import logging
import re
import threading

import pytest
import schemathesis
from click.testing import CliRunner
from hypothesis import strategies as st
from schemathesis.cli import schemathesis as schemathesis_cli
from schemathesis.core.file_samples import file_extension
from schemathesis.generation.meta import TestPhase
from werkzeug.serving import make_server

from core import apikeys
from core.contacts import (TEMPLATE_ACTIONS, check_attachment, contact_types, describe_type,
                           encode_cursor, get_contact, get_contact_template, get_view,
                           link_contacts, links_for, preview_template, raisable_types,
                           raise_contact, rejection_reasons, resolution_reasons,
                           save_contact_template, templates_for, transfer_targets, type_of)
from core.contacts.actions import MAX_TEXT
from core.contacts.contact_templates import merged
from core.contacts.mprn import check_digits
from core.contacts.validation import prepare
from core.contacts.visibility import is_cdsp_staff
from core.errors import CmsError, Forbidden, Invalid, NotFound
from core.models import Organisation
from core.tenancy import plugin_enabled
from plugins.channels.batch import pipeline
from tests.batch.conftest import enq as qmp_enq
from tests.batch.conftest import qmp
from tests.support.principals import ORGS

MAX_EXAMPLES = 25
FROM_TEMPLATE = "/api/v1/contact-templates/{contact_template_id}/contacts"
ACTIONS = "/api/v1/contacts/{reference}/actions"
MESSAGES = "/api/v1/contacts/{reference}/messages"
BULK = "/api/v1/contacts/bulk-actions"
VIEW_CONTACTS = "/api/v1/views/{view_id}/contacts"
TEMPLATES = "/api/v1/templates"
TEMPLATE = "/api/v1/templates/{template_id}"
ATTACHMENTS = "/api/v1/contacts/{reference}/attachments"
LINKS = "/api/v1/contacts/{reference}/links"
LINK = "/api/v1/contacts/{reference}/links/{other}"
CONTACTS = "/api/v1/contacts"
VIEWS = "/api/v1/views"
RULES = "/api/v1/escalation-rules"
RANGES = (("raised_from", "raised_to"), ("due_from", "due_to"))
SEED = 916   # one run's cases, the same each time (the findings left below are of this run)


@pytest.fixture
def app_config():
    return {"CMS_API_RATE_LIMIT": 0}   # schemathesis sends thousands of requests a minute


# ------------------------------------------------------------------ generators of formats

def _mprn(body):
    return body + check_digits(body)


MPRNS = st.from_regex(r"[1-9][0-9]{3,8}", fullmatch=True).map(_mprn)


def _cursor(moment):
    when, ident = moment

    class Row:
        raised_at, id = when, ident
    return encode_cursor(Row)


CURSORS = st.tuples(st.datetimes(), st.integers(1, 10**9)).map(_cursor) | \
    st.tuples(st.datetimes(), st.integers(1, 10**9)).map(lambda moment: "d" + _cursor(moment))


def register_formats(organisation_codes):
    schemathesis.openapi.format("mprn", MPRNS)
    schemathesis.openapi.format("organisation-code", st.sampled_from(organisation_codes))
    schemathesis.openapi.format("cursor", CURSORS)


# ------------------------------------------------------------------ rules beyond a schema

class TypeRules:
    """A ``map_case`` hook: a schema-valid contact that breaks a rule of its type no JSON
    Schema can say (an end before its start, a date in the future, an organisation of the
    wrong kind, a reference already in use) takes, for each field the type's own check names,
    the value of the type's own example, as schemathesis advises ("extend generators to match
    runtime rules"). It reads every type from the engine, so a new type needs nothing here.
    Only valid (positive) cases are changed, and only in what the type's check refused.

    So are the rules of other operations' bodies and filters: a range the right way round
    (GET /contacts, POST /views), a rule that moves contacts naming an organisation there is,
    a transfer to the holder's group, a message's text and its template's at most 4,000
    characters together, an attachment whose name ends as its content's kind, a link to the
    seed's other contact (and a link there is to remove)."""

    def __init__(self, app, caller, parameters):
        self.app, self.caller = app, caller
        self.made = itertools.count(1)
        self.throwaway = parameters["throwaway"]["delete"]
        self.other = parameters["other"]
        self.kept_templates = {str(i) for i in (*parameters["kept_templates"],
                                                parameters["throwaway"]["change"])}
        self.other_org = parameters["organisation"]

    def __call__(self, context, case):
        """The ``map_case`` hook: every case but a stateful step's (see :meth:`before_call`)."""
        if case.meta is not None and case.meta.phase.name == TestPhase.STATEFUL:
            return case
        return self.keep(case)

    def before_call(self, context, case, kwargs):
        """The ``before_call`` hook, for a stateful step: the values its link brings are put in
        after ``map_case``, and they decide whether it is positive (a negative case whose
        negated part a link replaced goes out as a positive one), so it is kept to the rules
        as it is sent."""
        if case.meta is not None and case.meta.phase.name == TestPhase.STATEFUL:
            self.keep(case)

    def keep(self, case):
        if case.method == "DELETE" and case.path == TEMPLATE and \
                str(case.path_parameters.get("template_id")) in self.kept_templates:
            # a template the seed made for the actions is not deleted: the throwaway is
            case.path_parameters = {**case.path_parameters, "template_id": self.throwaway}
        if case.meta is None or not case.meta.generation.mode.is_positive:
            return case
        if case.path == LINK and case.method == "DELETE":
            with self.app.app_context():
                return self._a_link_to_remove(case)
        if case.path == LINKS and case.method == "POST" and isinstance(case.body, dict):
            # a link names another real contact of the caller's (the configured body.reference
            # is not used by the coverage phase)
            case.body = {**case.body, "reference": self.other}
        if case.path in (TEMPLATES, TEMPLATE) and case.method in ("POST", "PUT") and \
                isinstance(case.body, dict) and not is_cdsp_staff(self.caller):
            # only the CDSP keeps a template for one portal
            case.body = {**case.body, "tenant": None}
        if isinstance(case.query, dict) and case.query.get("cursor"):
            # a page's cursor is for the order it was made in (a view's: the view's order)
            cursor = str(case.query["cursor"])
            if case.path == VIEW_CONTACTS:
                with self.app.app_context():
                    try:
                        due = get_view(self.caller, case.path_parameters["view_id"]).order == "due"
                    except NotFound:
                        due = cursor.startswith("d")
                case.query["cursor"] = ("d" if due else "") + cursor.removeprefix("d")
            else:
                case.query["order"] = "due" if cursor.startswith("d") else "received"
        if case.method == "GET" and case.path == CONTACTS and isinstance(case.query, dict):
            case.query = _in_order(case.query)
        if case.method != "POST" or not isinstance(case.body, dict):
            return case
        if case.path == VIEWS and isinstance(case.body.get("filters"), dict):
            case.body = {**case.body, "filters": _in_order(case.body["filters"])}
        if case.path == RULES and case.body.get("action") == "move":
            with self.app.app_context():
                if Organisation.by_code(str(case.body.get("target") or "").strip()) is None:
                    # a rule moves contacts to an organisation that exists
                    case.body = {**case.body, "target": self.other_org}
        if case.path == ATTACHMENTS:
            with self.app.app_context():
                return _a_file_of_its_kind(case)
        if case.path == CONTACTS:
            with self.app.app_context():
                return self._keep_the_rules(case)
        if case.path == FROM_TEMPLATE:
            with self.app.app_context():
                return self._keep_the_templates_rules(case)
        if case.path in (ACTIONS, MESSAGES):
            with self.app.app_context():
                return self._keep_the_actions_rules(case)
        if case.path == BULK and case.body.get("template") is not None:
            with self.app.app_context():
                fitting = templates_for(self.caller, None, TEMPLATE_ACTIONS.get(case.body.get("action")))
            if fitting:   # a template of the action's use (another is answered 422)
                case.body = {**case.body, "template": fitting[0].id}
        return case

    def _a_link_to_remove(self, case):
        """Unlinking names a link there is: else the seed's two contacts', linked again when
        an earlier case removed it (a link that closed the contact, duplicate_of, stays: 409)."""
        try:
            contact = get_contact(self.caller, case.path_parameters["reference"])
        except NotFound:
            return case
        other = str(case.path_parameters.get("other") or "").strip().upper()
        if other not in {link.other.reference for link in links_for(self.caller, contact)}:
            case.path_parameters = {**case.path_parameters, "other": self.other}
            try:
                link_contacts(self.caller, contact, self.other)
            except CmsError:
                pass
        return case

    def _keep_the_actions_rules(self, case):
        """An action on a contact: a template of the action's use that fits the contact, the
        codes of the contact's type, and an amendment of fields of its type with values its
        rules take (each as the type's example has it, where the generated one is refused)."""
        try:
            contact = get_contact(self.caller, case.path_parameters["reference"])
        except NotFound:
            return case
        body = dict(case.body)
        action = "message" if case.path == MESSAGES else body.get("action")
        ctype = type_of(contact)
        use = TEMPLATE_ACTIONS.get(action)
        if body.get("template") is not None and use:
            fitting = templates_for(self.caller, contact, use)
            if fitting:
                body["template"] = fitting[0].id
                if isinstance(body.get("text"), str):
                    # the template's text and the body's after it are one text, at most 4,000
                    # characters together
                    room = MAX_TEXT - len(preview_template(self.caller, contact, fitting[0].id)) - 2
                    body["text"] = body["text"].strip()[:max(room, 0)] or None
        if action == "transfer" and body.get("to_org") is not None:
            # to another organisation of the holder's group (when it has one)
            targets = transfer_targets(contact.holder_org)
            codes = {o.code for o in targets}
            if str(body["to_org"]).strip().upper() not in codes and targets:
                body["to_org"] = targets[0].code
        codes = {"reject": rejection_reasons(ctype), "resolve": resolution_reasons(ctype)}
        if action in codes and body.get("code") is not None and body["code"] not in codes[action]:
            body["code"] = sorted(codes[action])[0]
        ceds = sorted(getattr(ctype, "ceds", None) or {})
        for name in ("ced", "code") if action in ("allocate", "set_ced") else ():
            if name in body and body[name] is not None and body[name] not in ceds:
                body[name] = ceds[0] if ceds else None
        if action == "mark_duplicate" and body.get("of") is not None:
            body["of"] = self.other   # the original is a contact the caller may see
        if action == "amend" and isinstance(body.get("fields"), dict):
            body["fields"] = self._amendment(contact, ctype, body["fields"])
        case.body = body
        return case

    def _amendment(self, contact, ctype, fields):
        example = dict(ctype.example or {})
        own = {f.name for f in describe_type(ctype).own_fields} | {"mprn"}
        kept = {k: v for k, v in fields.items() if k in own}
        if not kept:   # fields of another type only: one of its own, as its example has it
            names = sorted(own & set(example))
            kept = {names[0]: example[names[0]]} if names else fields
        fields = kept
        for _ in range(4):
            data = {**(contact.fields or {}), "mprn": contact.mprn, "summary": contact.summary,
                    "originator_ref": contact.originator_ref, **fields}
            try:
                prepare(self.caller, ctype.code, data, None)
                break
            except Forbidden:
                break
            except Invalid as refused:
                for name in refused.errors:
                    if name in fields:
                        fields[name] = example.get(name)
        return fields

    def _keep_the_rules(self, case):
        body = dict(case.body)
        ctype = contact_types().get(body.get("type"))
        if ctype is None:
            return case
        example = dict(ctype.example or {})
        fields = dict(body.get("fields") or {})
        body["to_org"] = self._recipient(ctype) if is_cdsp_staff(self.caller) else None
        reset = set()
        for _ in range(4):
            data = {"mprn": body.get("mprn"), "summary": body.get("summary"),
                    "originator_ref": body.get("originator_ref"), **fields}
            try:
                prepare(self.caller, ctype.code, data, body["to_org"])
                break
            except Forbidden:
                break
            except Invalid as refused:
                if "contact_type" in refused.errors:   # not a type the caller's portal offers
                    return self._raisable_instead(case)
                if set(refused.errors) <= reset:
                    # a rule between fields (SAR's agreed read not below the previous one):
                    # the type's own fields as its example has them
                    names = {f.name for f in describe_type(ctype).own_fields}
                    fields = {k: v for k, v in example.items() if k in names}
                for name in refused.errors:
                    reset.add(name)
                    if name in ("mprn", "summary", "originator_ref"):
                        body[name] = example.get(name)
                    elif name in fields or name in example:
                        fields[name] = example.get(name)
                        fields = {k: v for k, v in fields.items() if v is not None}
        body["fields"] = fields
        case.body = body
        return case

    def _raisable_instead(self, case):
        """The example of a type the caller may raise, in place of one their portal does not
        offer (the document lists every type; which a portal offers is its tenant's)."""
        ctype = next(t for t in raisable_types(self.caller) if t.example)
        own = {f.name for f in describe_type(ctype).own_fields}
        example = dict(ctype.example)
        case.body = {"type": ctype.code, **{k: v for k, v in example.items() if k not in own},
                     "fields": {k: v for k, v in example.items() if k in own},
                     "to_org": self._recipient(ctype) if is_cdsp_staff(self.caller) else None}
        return case

    def _keep_the_templates_rules(self, case):
        """Raising from a template: each override the type's check refuses is left out, so
        the template's own value (valid when it was saved) stands."""
        try:
            template = get_contact_template(self.caller, case.path_parameters["contact_template_id"])
        except NotFound:
            return case
        ctype = contact_types().get(template.contact_type)
        body, fields = dict(case.body), dict(case.body.get("fields") or {})
        body["to_org"] = self._recipient(ctype) if is_cdsp_staff(self.caller) else None
        if isinstance(body.get("originator_ref"), str) and body["originator_ref"].strip():
            # unique among open contacts: cases may be made before any of them is sent
            body["originator_ref"] = f"{body['originator_ref'].strip()[:50]}.{next(self.made)}"
        for _ in range(4):
            overrides = {k: body[k] for k in ("mprn", "summary", "originator_ref") if k in body}
            try:
                prepare(self.caller, ctype.code, merged(template, {**overrides, **fields}),
                        body["to_org"])
                break
            except Forbidden:
                break
            except Invalid as refused:
                for name in refused.errors:
                    body.pop(name, None)
                    fields.pop(name, None)
        body["fields"] = fields
        case.body = body
        return case

    def _recipient(self, ctype):
        for org in Organisation.select().where(Organisation.code != "CDSP"):
            if org.is_active and plugin_enabled(org.tenant.code, ctype.plugin):
                return org.code
        return None


def _in_order(filters):
    """``filters`` with each range the right way round (its end not before its start)."""
    filters = dict(filters)
    for start, end in RANGES:
        first, last = filters.get(start), filters.get(end)
        if isinstance(first, str) and isinstance(last, str) and last.strip() < first.strip():
            filters[start], filters[end] = last, first
    return filters


def _a_file_of_its_kind(case):
    """An upload whose content the service takes under the name schemathesis gives it (the
    field's name and the extension of the format it sees in the bytes): else a PDF."""
    value = case.body.get("file")
    content = getattr(value, "data", value)
    content = content.encode() if isinstance(content, str) else content
    if isinstance(content, bytes):
        extension = file_extension(content)
        try:
            check_attachment(f"file.{extension}" if extension else "file", content)
            return case
        except Invalid:
            pass
    case.body = {**case.body, "file": _pdf().getvalue()}
    return case


# ------------------------------------------------------------------ the caller's objects

class Seed:
    """A caller's real objects, made through the API itself: what the path parameters name."""

    def __init__(self, client, token):
        self.client, self.headers = client, {"Authorization": f"Bearer {token}"}

    def post(self, path, **kwargs):
        response = self.client.post(f"/api/v1{path}", headers=self.headers, **kwargs)
        assert response.status_code in (200, 201, 202), response.get_data(as_text=True)
        return response.json


def seed(app, principals, role):
    """``(token, parameters)``: an API key of a new ``role`` and real values of every path
    parameter the document names, each an object that caller may reach."""
    for code in ORGS:   # every kind of organisation a type may name
        principals.org(code)
    participant = principals.user("supervisor", "ALP")
    caller = participant if role == "participant" else principals.user("agent")
    client = app.test_client()
    _, own_token = apikeys.create_key(participant, participant, "seed")
    raiser = Seed(client, own_token)
    enquiry = {"type": "ENQ", "mprn": "3938424403", "summary": "Fuzz me",
               "fields": {"topic": "data", "question": "Why?"}}
    contact = raiser.post("/contacts", json=enquiry)["reference"]
    other = raiser.post("/contacts", json=enquiry)["reference"]
    raiser.post(f"/contacts/{contact}/links", json={"reference": other})
    sent = raiser.post("/batch-files", data={"file": (_qmp_stream(), "seed.qmp")},
                       content_type="multipart/form-data")
    pipeline.process(sent["id"])
    _, token = apikeys.create_key(caller, caller, "schemathesis")
    mine = Seed(client, token)
    admin = principals.user("admin")
    keeper = caller if role == "participant" else admin   # keeps templates
    _, keeper_token = apikeys.create_key(keeper, keeper, "templates")
    # a file of the caller's own organisation (another's is not found), processed: it has a response
    own_file = sent
    if role == "agent":
        own_file = mine.post("/batch-files", data={"file": (_qmp_stream(), "seed.qmp")},
                             content_type="multipart/form-data")
        pipeline.process(own_file["id"])
    attachment = mine.post(f"/contacts/{contact}/attachments",
                           data={"file": (_pdf(), "a.pdf")}, content_type="multipart/form-data")
    keeps = Seed(client, keeper_token)
    template = keeps.post("/templates", json={"name": "Thanks", "use": "message",
                                              "body": "Thank you for {reference}."})
    kept_templates = [template["id"]] + [
        keeps.post("/templates", json={"name": f"A {use}", "use": use, "code": code,
                                       "body": f"On {{reference}}: a {use}."})["id"]
        for use, code in (("request", None), ("resolution", "RES001"), ("rejection", "REJ003"))]
    # what the template operations change and delete: throwaways, not the ones actions use
    throwaway = {purpose: keeps.post("/templates", json={
        "name": f"Throwaway to {purpose}", "use": "message", "body": "Hello."})["id"]
        for purpose in ("change", "delete")}
    view = mine.post("/views", json={"name": "Open enquiries", "filters": {"type": "ENQ"}})
    generator = save_contact_template(keeper, {"name": "Read refused", "contact_type": "ENQ",
                                               "values": {"summary": "Why was my read refused?",
                                                          "topic": "data", "question": "Why?"}})
    parameters = {"reference": contact, "other": other, "attachment_id": attachment["id"],
                  "template_id": template["id"], "throwaway": throwaway,
                  "kept_templates": kept_templates, "view_id": view["id"],
                  "contact_template_id": generator.id,
                  "file_id": own_file["id"],
                  "organisation": "ALP"}   # the participant's own; the agent sees every one
    _, admin_token = apikeys.create_key(admin, admin, "rules")
    rule = Seed(client, admin_token).post("/escalation-rules", json={"name": "Tell", "trigger": "at_risk",
                                                                     "action": "notify"})
    parameters["rule_id"] = rule["id"]
    # Role-gated operations are run by someone who holds the role (anyone else is answered 403,
    # as tests/api/test_templates.py and test_escalation.py show): templates are kept by the
    # organisation's supervisors (the CDSP's admins), escalation rules by the CDSP's admins.
    parameters["keepers"] = {"templates": keeper_token, "escalation-rules": admin_token}
    # a theft notified through TRAS to the participant, for /contacts/{reference}/theft...
    tras = {"mprn": "3938424403", "summary": "Theft confirmed by TRAS", "method": "bypass",
            "theft_start": "2025-11-03", "estimated_energy": 1000, "tras_reference": "TRAS-1"}
    parameters["theft"] = raise_contact(caller if role == "agent" else principals.user("agent"),
                                        "TOG", tras, "api", to_org="ALP").reference
    return token, parameters, caller


def _qmp_stream():
    return io.BytesIO(qmp([qmp_enq("S1")]))


def _pdf():
    return io.BytesIO(b"%PDF-1.4\n%%EOF\n")


# ------------------------------------------------------------------ the run

# Objects no operation deletes: every operation naming them is given the seeded ones. What an
# operation may delete (views, templates, rules, links) the stateful phase makes first and
# reaches by the document's links.
KEPT = ("reference", "attachment_id", "file_id", "contact_template_id", "organisation")


def config_text(parameters):
    pinned = "\n".join(f'"path.{name}" = {json.dumps(parameters[name])}' for name in KEPT)
    keepers = "".join(f"""
[[operations]]
include-path-regex = "^/api/v1/{resource}"
headers = {{ Authorization = "Bearer {token}" }}
""" for resource, token in parameters["keepers"].items())
    return f"""
workers = 1
seed = {SEED}
[checks]
enabled = true
[warnings]
fail-on = true
[generation]
max-examples = {MAX_EXAMPLES}
[parameters]
{pinned}
{keepers}
# a theft notice's operations name a TOG raised from a TRAS notice
[[operations]]
include-path-regex = "^/api/v1/contacts/[{{]reference[}}]/theft"
parameters = {{ "path.reference" = {json.dumps(parameters["theft"])} }}
# a template's preview is of the seed's contact (the first block naming parameters decides
# them all, so it names the template too)
[[operations]]
include-path = "/api/v1/templates/{{template_id}}/preview"
parameters = {{ "path.template_id" = {parameters["throwaway"]["change"]}, "query.contact" = {json.dumps(parameters["reference"])} }}
# the template operations work on a throwaway, not on one an action uses (DELETE: see
# TypeRules, which keeps the stateful phase's own templates for its links)
[[operations]]
include-path-regex = '^/api/v1/templates/\\{{template_id\\}}'
exclude-method = "DELETE"
parameters = {{ "path.template_id" = {parameters["throwaway"]["change"]} }}
# a period of standards of service is at most 60 months, its first month not after its last
# (a 422 no schema can say): the seeded period; the organisation is still any code
[[operations]]
include-path = "/api/v1/standards-of-service"
parameters = {{ "query.from" = "2026-01", "query.to" = "2026-12" }}
# a link names another real contact of the caller's (a made-up one is 404)
[[operations]]
include-path = "/api/v1/contacts/{{reference}}/links"
include-method = "POST"
parameters = {{ "body.reference" = {json.dumps(parameters["other"])} }}
"""


class Served:
    """The app on a local port, in a thread of this process (so it shares the test's database)."""

    def __init__(self, app):
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.server = make_server("127.0.0.1", 0, app)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_port}"

    def __exit__(self, *exc):
        self.server.shutdown()
        self.thread.join()


def run_schemathesis(app, token, parameters, tmp_path):
    config = tmp_path / "schemathesis.toml"
    config.write_text(config_text(parameters))
    with Served(app) as base:
        result = CliRunner().invoke(schemathesis_cli, [
            "--config-file", str(config), "run", f"{base}/api/v1/openapi.json",
            "-H", f"Authorization: Bearer {token}", "--checks", "all"])
    return result


def report(output):
    """The run's failures and warnings, without its progress lines."""
    start = min([i for i in (output.find("= FAILURES ="), output.find("= WARNINGS ="),
                             output.find("= ERRORS =")) if i >= 0] or [0])
    return re.sub(r"\n{3,}", "\n\n", output[start:output.find("= SUMMARY =")])


def findings(output):
    """``{(where, what, detail)}``: each failure's operation, code (ST202 ...) and what it is
    about (the fields a refusal names, or the part a wrongly taken request got wrong); each
    error's operation; each warning's operation and kind."""
    found, where, code, section = set(), None, None, None
    for line in output.splitlines():
        heading = re.match(r"^=+ (FAILURES|ERRORS|WARNINGS|SUMMARY) =+$", line)
        if heading:
            section = heading.group(1)
            continue
        titled = re.match(r"^_+ (.+?) _+$", line)
        if titled and section in ("FAILURES", "ERRORS"):
            where = titled.group(1)
            if section == "ERRORS":
                found.add((where, "error", ""))
            continue
        if section == "FAILURES":
            failure = re.match(r"^- (ST\d+) ", line)
            if failure:
                code = failure.group(1)   # each failure, whether its detail is read below or not
                found.add((where, code, ""))
            component = re.match(r"^ +Invalid component: (.+?)(:|$)", line)
            if component and code == "ST201":
                found.add((where, code, component.group(1)))
            refusal = re.match(r'^ +`\{"errors":\{(.*?)\},"message":"(.*?)"', line)
            if refusal and code == "ST202":
                named = re.findall(r'"([^"]+)":', refusal.group(1))
                found.add((where, code, ",".join(sorted(set(named))) or refusal.group(2)))
        if section == "WARNINGS":
            kind = re.match(r"^([A-Z][^:]+): \d+ operations?", line)
            if kind:
                where = kind.group(1)
            listed = re.match(r"^  - ([A-Z]+ /\S+)$", line)
            if listed:
                found.add((listed.group(1), where, ""))
    return found


# What schemathesis still finds, each for a reason not yet fixed (issue 16 item 9 goes on):
# the run fails on anything else, so every fix is kept, and this list only ever shrinks.
LEFT = {
    # A mutation schemathesis reports as dropping the upload's only part (`file`) and adding
    # another, yet the request it sends holds the one `file` part and nothing else: a valid
    # upload, rightly taken (202); seen once, in PostgreSQL's run of the agent's key.
    ("POST /api/v1/batch-files", "ST201"),
    # The body's discriminator maps two actions (notify, priority) to one schema; schemathesis
    # pins the one it mutates in an allOf of its own, so an action moved from "priority" to
    # "notify" is reported as breaking the enum, although the body is valid (201): seen in
    # PostgreSQL's run of both keys.
    ("POST /api/v1/escalation-rules", "ST201"),
}


@pytest.mark.slow
@pytest.mark.parametrize("role", ["participant", "agent"])
def test_schemathesis_finds_nothing_new_in_the_api(app, principals, tmp_path, role):
    token, parameters, caller = seed(app, principals, role)
    register_formats([o.code for o in Organisation.select(Organisation.code)])
    kept = TypeRules(app, caller, parameters)
    rules = schemathesis.hook("map_case")(kept)
    steps = schemathesis.hook("before_call")(
        lambda context, case, kwargs: kept.before_call(context, case, kwargs))
    try:
        result = run_schemathesis(app, token, parameters, tmp_path)
    finally:
        schemathesis.hooks.unregister(rules)
        schemathesis.hooks.unregister(steps)
    assert "= SUMMARY =" in result.output, result.output[-3000:]
    found = findings(result.output)
    new = {(where, what) for where, what, _ in found} - LEFT
    assert not new, f"{sorted(new)}\n\n{report(result.output)}"
