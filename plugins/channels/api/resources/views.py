"""``/api/v1/views``: saved views — named filters of the contact list, one's own or shared
with one's organisation — with their counts and their contacts."""
from flask import current_app, url_for
from flask_login import current_user

from core.contacts import (delete_view, get_view, save_view, view_contacts, view_count,
                           views_for)
from plugins.channels.api import serialize
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.idempotency import idempotent
from plugins.channels.api.resources.contacts import api_filters, engine_filters
from plugins.channels.api.schemas import (REVERSED_RANGE, ContactPage, ViewIn, ViewList, ViewOut,
                                          ViewPageArgs)

blp = api_blueprint("views", __name__, "/views",
                    "Saved views: named filters of the contact list, with their counts.")


def _caller():
    return current_user._get_current_object()


def _out(caller, view):
    count = view_count(caller, view)
    return {"id": view.id, "name": view.name, "shared": view.shared,
            "mine": view.owner_id == caller.id, "order": view.order,
            "filters": api_filters(view.filters), "count": int(count), "count_exact": count.exact,
            "contacts": url_for("views.contacts", view_id=view.id)}


@blp.route("", methods=["GET"])
@blp.response(200, ViewList)
def index():
    """Your views and those your organisation shares, by name, each with its count."""
    caller = _caller()
    return {"items": [_out(caller, view) for view in views_for(caller)]}


@blp.route("", methods=["POST"])
@idempotent
@blp.arguments(ViewIn)
@blp.response(201, ViewOut)
@blp.alt_response(409, description="You have a view of that name already.")
@blp.alt_response(422, description=REVERSED_RANGE)
def create(body):
    """Save a view: a name, the list's filters (as GET /contacts takes them) and an order."""
    caller = _caller()
    view = save_view(caller, body["name"], engine_filters(body["filters"]), order=body["order"],
                     shared=body["shared"])
    return _out(caller, view), 201, {"Location": url_for("views.read", view_id=view.id)}


@blp.route("/<int:view_id>", methods=["GET"])
@blp.response(200, ViewOut)
def read(view_id):
    """One view with its count."""
    caller = _caller()
    return _out(caller, get_view(caller, view_id))


@blp.route("/<int:view_id>", methods=["DELETE"])
@blp.response(204)
def delete(view_id):
    """Delete a view you saved."""
    caller = _caller()
    delete_view(caller, get_view(caller, view_id))
    return ""


@blp.route("/<int:view_id>/contacts", methods=["GET"])
@blp.arguments(ViewPageArgs(), location="query")   # one instance: made once, not per request
@blp.response(200, ContactPage)
def contacts(args, view_id):
    """The view's contacts as you see them ("me" is you), a page at a time, with the total."""
    caller = _caller()
    page = view_contacts(caller, get_view(caller, view_id), after=args.get("cursor"),
                         limit=args["limit"], with_total=True)
    answer = serialize.dumped_page(page.items, page.next_cursor)   # as ContactPage dumps it
    answer.update(total=int(page.total), total_exact=bool(page.total.exact))
    return current_app.json.response(answer)
