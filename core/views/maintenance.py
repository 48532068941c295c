"""Maintenance in the web layer: the gate that closes the portals and the API during a window,
the public status page, the banner, and the CDSP admins' pages to schedule windows and
declare outages. The rules live in :mod:`core.maintenance`."""
from flask import (Blueprint, flash, g, make_response, redirect, render_template, request,
                   url_for)
from flask_login import current_user

from core import clock, maintenance
from core.errors import Invalid, NotFound
from core.permissions import allowed
from core.web import PUBLIC, access, cdsp_only, json_error, portal_blueprint, wants_json

status_bp = Blueprint("status", __name__)
bp = portal_blueprint("maintenance", __name__)

# Open during a window to everyone: the status page, health check, styles, the front door.
ALWAYS_OPEN = {"static", "status.page", "root.health", "root.index", "home.theme"}


def _closed_response(window):
    back = maintenance.local_label(window.ends_at)
    if wants_json():
        response = json_error(503, f"The service is closed for maintenance ({window.reason}) "
                                   f"until {back} UK time. Try again then.")
    else:
        response = make_response(render_template("maintenance/closed.html", window=window,
                                                 back=back))
    response.status_code = 503
    response.headers["Retry-After"] = str(maintenance.retry_after())
    return response


def gate():
    """During a window: participants get the maintenance page (HTML 503), the API a JSON 503,
    both with Retry-After; CDSP admins sign in and work as usual."""
    if request.endpoint in ALWAYS_OPEN:
        return None
    window = maintenance.active()
    if window is None:
        return None
    if not wants_json():
        tenant = g.get("tenant")
        if tenant is not None and tenant.is_cdsp:
            if (request.endpoint or "").startswith("auth."):
                return None   # the CDSP's sign-in stays open: admins sign in; others are told after
            if current_user.is_authenticated and allowed(current_user, "cdsp.admin", tenant):
                return None
    return _closed_response(window)


def service_notices():
    """What every portal's banner says now: outages, a scheduled window starting within 24
    hours, and (for CDSP admins working through one) the window in progress."""
    notices = [f"Service problem: {o.message}" for o in maintenance.current_outages()]
    for window in maintenance.upcoming():
        notices.append(f"The service will be closed for maintenance from "
                       f"{maintenance.local_label(window.starts_at)} to "
                       f"{maintenance.local_label(window.ends_at)} UK time: {window.reason}.")
    now_closed = maintenance.active()
    if now_closed is not None:
        notices.append(f"Maintenance in progress until {maintenance.local_label(now_closed.ends_at)} "
                       f"UK time: participants see the maintenance page.")
    return notices


@status_bp.get("/status")
@access(PUBLIC)
def page():
    now = clock.now()
    return render_template("maintenance/status.html", daily=maintenance.daily_text(),
                           closed=maintenance.active(now), windows=maintenance.future_scheduled(now),
                           outages=maintenance.current_outages(), label=maintenance.local_label)


@bp.route("/maintenance", methods=["GET", "POST"])
@cdsp_only
@access("cdsp.admin")
def admin():
    errors, form = {}, request.form
    if request.method == "POST":
        try:
            starts = maintenance.parse_local(form.get("start_date"), form.get("start_time"), "starts")
            ends = maintenance.parse_local(form.get("end_date"), form.get("end_time"), "ends")
            window = maintenance.schedule(current_user, starts, ends, form.get("reason"))
        except Invalid as exc:
            errors = exc.errors
        else:
            flash(f"Maintenance scheduled from {maintenance.local_label(window.starts_at)} to "
                  f"{maintenance.local_label(window.ends_at)} UK time.")
            return redirect(url_for("maintenance.admin"))
    return render_template("maintenance/admin.html", errors=errors, form=form,
                           daily=maintenance.daily_text(), windows=maintenance.future_scheduled(),
                           outages=maintenance.current_outages(),
                           label=maintenance.local_label), 422 if errors else 200


@bp.post("/maintenance/<int:window_id>/cancel")
@cdsp_only
@access("cdsp.admin")
def cancel(window_id):
    try:
        window = maintenance.cancel(current_user, window_id)
    except NotFound as exc:
        flash(exc.message, "error")
    else:
        flash(f"The window from {maintenance.local_label(window.starts_at)} is cancelled.")
    return redirect(url_for("maintenance.admin"))


@bp.post("/maintenance/outages")
@cdsp_only
@access("cdsp.admin")
def declare():
    try:
        maintenance.declare_outage(current_user, request.form.get("message"))
    except Invalid as exc:
        flash(f"{exc.message} {exc.errors.get('message', '')}", "error")
    else:
        flash("The outage is declared: the status page and every portal show it.")
    return redirect(url_for("maintenance.admin"))


@bp.post("/maintenance/outages/<int:outage_id>/end")
@cdsp_only
@access("cdsp.admin")
def end(outage_id):
    try:
        maintenance.end_outage(current_user, outage_id)
    except NotFound as exc:
        flash(exc.message, "error")
    else:
        flash("The outage is over: it is no longer shown.")
    return redirect(url_for("maintenance.admin"))


def init_app(app):
    """Register the pages, the gate (after the database opens) and the banner's globals."""
    app.register_blueprint(status_bp)
    app.register_blueprint(bp)
    app.before_request(gate)
    app.jinja_env.globals.update(service_notices=service_notices,
                                 daily_maintenance=maintenance.daily_text)
