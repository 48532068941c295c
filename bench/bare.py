"""The baseline for bench/load.py: a bare Flask app doing one primary-key read per request on
the same database, with the same connection handling as the service.

    CMS_DATABASE_URL=... gunicorn -w 4 bench.bare:app
"""
import os

from flask import Flask, abort, jsonify

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
