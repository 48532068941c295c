"""The baselines for bench/load.py: a bare Flask app doing one primary-key read per request on
the same database, with the same connection handling as the service, and one raising a
contact with nothing but its rows (``POST /bare/contacts``).

    CMS_DATABASE_URL=... gunicorn -w 4 bench.bare:app
"""
import itertools
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
