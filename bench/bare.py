"""The baselines for bench/load.py: a bare Flask app doing one primary-key read per request on
the same database, with the same connection handling as the service; one reading the first
page of fifty contacts with one keyset query (``/bare/page``); and one raising a contact with
nothing but its rows (``POST /bare/contacts``).

    CMS_DATABASE_URL=... gunicorn -w 4 bench.bare:app
"""
import itertools
import json
import os

from flask import Flask, abort, jsonify, request

from core import db as database
from core.models import Contact

app = Flask(__name__)
database.init_database(os.environ["CMS_DATABASE_URL"])


@app.before_request
def open_db():
    database.db.connect(reuse_if_open=True)


@app.teardown_appcontext
def close_db(exc):
    database.release()      # as the service does (core/web.py)


@app.get("/bare/contacts/<int:contact_id>")
def contact(contact_id):
    row = Contact.select(Contact.id, Contact.reference, Contact.status).where(
        Contact.id == contact_id).dicts().first()
    if row is None:
        abort(404)
    return jsonify(row)


# The columns of a contact that the API's list item reads from the contact's own row
# (plugins/channels/api/serialize.py), for the page baseline below.
PAGE_COLUMNS = (Contact.id, Contact.reference, Contact.contact_type, Contact.status, Contact.ced,
                Contact.mprn, Contact.originator_ref, Contact.summary, Contact.fields,
                Contact.originator_org, Contact.holder_org, Contact.assignee, Contact.channel,
                Contact.raised_at, Contact.updated_at, Contact.due_at, Contact.resolved_at,
                Contact.closed_at, Contact.rejection_code, Contact.rejection_text,
                Contact.resolution_text, Contact.resolution_code, Contact.parent,
                Contact.outside_allowance, Contact.allowance_verdict, Contact.verdict_at)


def _iso(value):
    return value.isoformat()


@app.get("/bare/page")
def page():
    """The first page of fifty the service lists, read with one keyset query and dumped with
    the standard library's json: ``?org=ID`` an organisation's own contacts (through its
    party rows, in their order), else every live contact (the CDSP's view); ``status=a,b``
    and ``holder=ID`` narrow it as the API's filters do; ``order=due`` reads open contacts
    soonest due first (``open_due_at``), as the API's ``order=due`` with open statuses does.
    No sign-in, no schema, no parties."""
    from core.models import ContactParty
    limit = min(int(request.args.get("limit", 50)), 500)
    statuses = [s for s in request.args.get("status", "").split(",") if s]
    holder = request.args.get("holder", type=int)
    org = request.args.get("org", type=int)
    query = Contact.select(*PAGE_COLUMNS)
    if org:   # an organisation's own contacts are read through its party rows
        query = query.join(ContactParty, on=(ContactParty.contact == Contact.id)).where(
            ContactParty.organisation == org)
        status, raised_at, open_due_at, key = (ContactParty.status, ContactParty.raised_at,
                                               ContactParty.open_due_at, ContactParty.contact)
    else:
        query = query.where(Contact.sandbox == False)   # as the service says it
        status, raised_at, open_due_at, key = (Contact.status, Contact.raised_at,
                                               Contact.open_due_at, Contact.id)
    if statuses:
        query = query.where(status.in_(statuses))
    keys = (raised_at, key)
    if request.args.get("order") == "due":
        query = query.where(open_due_at.is_null(False))
        keys = (open_due_at, key)
    if holder:
        query = query.where(Contact.holder_org == holder)
    rows = list(query.order_by(*keys).limit(limit).dicts())
    body = json.dumps({"items": rows, "next": None}, default=_iso)
    return app.response_class(body, mimetype="application/json")
# ---------------------------------------------------------------- raising (bench/load.py raise)
# The same contact, party and event rows the service writes for a raise, in one transaction,
# with nothing else: ids from the table's own sequence (or SQLite's rowid), a reference made
# from the process id and a counter, no checks, no idempotency, no hooks.
_raised = itertools.count(1)


@app.post("/bare/contacts")
def raise_contact():
    from core.models import ContactEvent, ContactParty
    body = request.get_json()
    org_id, user_id, holder_id = body["originator_org"], body["originator_user"], body["holder_org"]
    now = database.utcnow()
    reference = f"BARE-{os.getpid()}-{next(_raised)}"
    with database.transaction():
        contact_id = Contact.insert(
            reference=reference, contact_type=body["type"], status="submitted",
            originator_org=org_id, originator_user=user_id, holder_org=holder_id,
            recipient_org=holder_id, mprn=body["mprn"], originator_ref=body["originator_ref"],
            summary=body["summary"], fields=body["fields"], channel="api", raised_at=now,
            updated_at=now, due_at=now, open_due_at=now, paused_seconds=0, paused_days=0,
            sla_days=10, outside_allowance=False, sandbox=False, version=1, priority=0).execute()
        ContactParty.insert_many([
            {"contact": contact_id, "organisation": org, "role": role, "added_at": now,
             "raised_at": now, "open_due_at": now, "status": "submitted",
             "contact_type": body["type"]}
            for org, role in ((org_id, "originator"), (holder_id, "recipient"))]).execute()
        ContactEvent.insert(contact=contact_id, at=now, actor_user=user_id, actor_org=org_id,
                            channel="api", kind="raised", from_status=None,
                            to_status="submitted", data={"after": body}).execute()
    return jsonify({"id": contact_id, "reference": reference}), 201
