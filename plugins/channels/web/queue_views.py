"""Queues: the open contacts an organisation holds, oldest first; supervisors (and the
CDSP's staff) assign and transfer them, one or many at a time. The CDSP's staff also see
every organisation's queue, tenant by tenant."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from peewee import Case, fn

from core import clock
from core.contacts import (OPEN_STATUSES, act, assignable_users, breached_condition, contact_types,
                           group_marks, group_organisations, queue, sla_status,
                           transfer_targets)
from core.errors import CmsError, Invalid
from core.models import Contact, Organisation, Tenant, User
from core.permissions import allowed
from core.tenancy import tenants
from core.web import SIGNED_IN, access, cdsp_only
from plugins.channels.web.bulk_confirm import confirm_bulk
from plugins.channels.web.blueprint import bp
from plugins.channels.web.rules import QUEUE_MANAGE

PAGE_SIZE = 50
WHO = {"all": "Everyone", "me": "Assigned to me", "nobody": "Not assigned"}
SERVICE = {"": "Any service level", "at_risk": "At risk", "breached": "Breached",
           "on_time": "Not breached"}
SERVICE_FILTERS = {"": {}, "at_risk": {"at_risk": True}, "breached": {"breached": True},
                   "on_time": {"breached": False}}
SORTS = {"received": "Oldest first", "due": "Soonest due first"}


def _org():
    code = request.values.get("org")
    if not code:
        return current_user.organisation
    org = Organisation.by_code(code)
    if org is None:
        abort(404)
    return org


def operations(org):
    """(value, text) of what the bulk form can do with the contacts ``org`` holds."""
    people = assignable_users(org)
    ops = [(f"assign:{u.id}", f"Assign to {u.display_name}") for u in people]
    ops.append(("unassign", "Return to the queue (nobody)"))
    ops += [(f"transfer:{o.code}", f"Transfer to {o.code} – {o.name}")
            for o in transfer_targets(org)]
    return ops


def _described(org, verb, target):
    """(what the operation does after "Are you sure you want to", {what} standing for the
    contacts; what will happen; a warning or None), for the confirmation page."""
    if verb == "assign":
        name = User.get_by_id(int(target)).display_name
        return (f"assign {{what}} to {name}",
                [f"Each is assigned to {name}, who sees it in their tasks; whoever had it "
                 "before no longer does."], None)
    if verb == "transfer":
        to = Organisation.by_code(target)
        return (f"transfer {{what}} to {to.name} ({to.code})",
                [f"They move to {to.name}'s queue with nobody assigned: {org.name} no longer "
                 "holds them."],
                f"To bring them back, someone who works {to.name}'s queue must transfer them.")
    return ("return {what} to the queue, with nobody assigned",
            ["Each goes back to the queue with nobody assigned."], None)


def _choice(name, choices):
    value = request.args.get(name, "")
    return value if value in choices else next(iter(choices))


def _non_default(shown):
    """The queue's choices that differ from the defaults: carried by its links and forms."""
    defaults = {"who": "all", "service": "", "sort": "received", "type": ""}
    return {k: v for k, v in shown.items() if v != defaults[k]}


def _render(org, errors=None, status=200):
    group = group_organisations(current_user)     # a parent's group view: its organisations
    whole = bool(group) and request.args.get("group") == "1" and not request.args.get("org")
    who, service, order = _choice("who", WHO), _choice("service", SERVICE), _choice("sort", SORTS)
    filters = {"contact_type": (request.args.get("type") or "").strip().upper() or None,
               **SERVICE_FILTERS[service]}
    shown = {"who": who, "service": service, "sort": order, "type": filters["contact_type"] or ""}
    try:
        page = queue(current_user, org, assignee=current_user if who == "me" else None,
                     unassigned=who == "nobody", after=request.args.get("after") or None,
                     limit=PAGE_SIZE, filters=filters, order=order, with_total=True,
                     group=whole)
    except Invalid:
        return redirect(url_for("web.queue_page", org=request.args.get("org"),
                                **_non_default(shown)))
    ids = {c.assignee_id for c in page.items} - {None}
    names = ({u.id: u.display_name for u in User.select().where(User.id.in_(list(ids)))}
             if ids else {})
    marked = group_marks(current_user, page.items) if group else {}
    rows = [(c, sla_status(c), names.get(c.assignee_id), marked.get(c.id)) for c in page.items]
    manage = not whole and allowed(current_user, QUEUE_MANAGE, org)
    return render_template("web/queue.html", org=org, rows=rows, page=page, who=who, whos=WHO,
                           shown=shown, services=SERVICE, sorts=SORTS, types=list(contact_types()),
                           shown_args=_non_default(shown),
                           manage=manage, operations=operations(org) if manage else (),
                           errors=errors or {}, own=org.id == current_user.organisation_id,
                           selected=set(request.form.getlist("reference")),
                           group=group, whole=whole), status


@bp.get("/queue")
@access(SIGNED_IN)
def queue_page():
    return _render(_org())


queue_page.help_section = ("quick-reference", "roles")


@bp.post("/queue")
@access(QUEUE_MANAGE)
def queue_bulk():
    org = _org()
    if not allowed(current_user, QUEUE_MANAGE, org):
        abort(403)
    references = request.form.getlist("reference")
    operation = request.form.get("operation", "")
    offered = dict(operations(org))
    errors = {}
    if not references:
        errors["reference"] = "Select at least one contact."
    if operation not in offered:
        errors["operation"] = "Choose what to do with the contacts selected."
    if errors:
        return _render(org, errors, 422)
    verb, _, target = operation.partition(":")
    text = offered[operation]
    kept = {k: request.args[k] for k in ("who", "type", "service", "sort") if request.args.get(k)}
    back = url_for("web.queue_page", org=request.values.get("org") or None, **kept)

    def do():
        done, failed = [], []
        for reference in references:
            try:
                if verb == "transfer":
                    act(current_user, reference, "transfer", "web", to_org=target)
                else:
                    act(current_user, reference, "assign", "web", assignee=target or None)
            except CmsError as exc:
                failed.append(f"{reference}: {exc.message}")
            else:
                done.append(reference)
        if done:
            flash(f"{text}: {', '.join(done)}.", "success")
        for line in failed:
            flash(f"Not changed – {line}", "error")
        return redirect(back)
    phrase, happens, warning = _described(org, verb, target)
    return confirm_bulk(do, references, text, phrase, happens, warning, back,
                        [("operation", operation)])


queue_bulk.help_section = ("quick-reference", "roles")


@bp.get("/queues")
@cdsp_only
@access("cdsp.staff")
def all_queues():
    now = clock.now()
    open_ = Contact.status.in_(sorted(OPEN_STATUSES))
    counts = {row[0]: row[1:] for row in (
        Contact.select(Contact.holder_org, fn.COUNT(Contact.id),
                       fn.SUM(Case(None, [(breached_condition(now), 1)], 0)))
        .where(open_ & ~Contact.sandbox).group_by(Contact.holder_org).tuples())}
    orgs = (Organisation.select(Organisation, Tenant).join(Tenant)
            .where(Organisation.is_active & ~Organisation.sandbox).order_by(Organisation.code))
    by_tenant = {}
    for org in orgs:
        held, breached = counts.get(org.id, (0, 0))
        by_tenant.setdefault(org.tenant.code, []).append((org, held or 0, int(breached or 0)))
    specs = tenants()
    groups = [(specs[code], by_tenant[code]) for code in specs if code in by_tenant]
    return render_template("web/queues.html", groups=groups)


all_queues.help_section = ("cdsp-staff", "queues")
