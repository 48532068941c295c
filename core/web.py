"""The web plumbing every portal page shares: tenant prefixes, who may reach a view, errors."""
import errno
import logging
from functools import wraps

from flask import (Blueprint, abort, current_app, g, jsonify, redirect, render_template,
                   request, url_for)
from flask_login import LoginManager, current_user
from flask_wtf.csrf import CSRFError
from peewee import InterfaceError, OperationalError
from playhouse.pool import MaxConnectionsExceeded

from core import db as database
from core import errors, formats, nav, services, uploads, wording
from core.permissions import allowed
from core.tenancy import enabled_plugins, plugin_enabled, tenants

login_manager = LoginManager()

log = logging.getLogger("cms.web")

# Who may reach a view: "public", "signed_in", or an action asked of permission_allowed.
PUBLIC, SIGNED_IN = "public", "signed_in"


def access(policy, service=services.INHERIT):
    """Declare and enforce who may reach a view; the route-matrix test reads ``view.access``.

    A signed-in view also needs its ``service`` (core.services): by default its channel's
    (the contact pages need Contacts, the Files pages Files...); None for none."""
    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if policy != PUBLIC:
                if not current_user.is_authenticated:
                    return login_manager.unauthorized()
                if current_user.must_change_password and request.endpoint not in PASSWORD_FREE:
                    return redirect(url_for("auth.change_password"))
                if policy != SIGNED_IN and not allowed(current_user, policy, g.tenant):
                    abort(403)
                needed = services.service_of_view(wrapped, request.blueprint)
                if not services.may_use(current_user, needed):
                    return service_refused(needed)
            return view(*args, **kwargs)
        wrapped.access = policy
        if service is not services.INHERIT:
            wrapped.service = service
        return wrapped
    return decorate


def service_refused(code):
    """The 403 page of a user who lacks the service ``code``."""
    name = services.SERVICES.get(code, code)
    return render_template(
        "error.html", status=403, title=f"You do not have the {name} service",
        message=f"Your account does not include the {name} service. Ask your organisation's "
                f"Local Security Officer (LSO) for it: use Your access, under Your account.",
        link=(url_for("access.mine"), "Ask for access")), 403


PASSWORD_FREE = {"auth.change_password", "auth.logout"}
# No inline script or style anywhere: everything comes from the service's own files.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                           "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; "
                           "frame-ancestors 'none'")


def blueprint_enabled(blueprint, tenant_code):
    """Whether the plugin that registered the blueprint named ``blueprint`` (its channel's
    plugin) is enabled for the tenant; core's own blueprints always are."""
    plugin = current_app.extensions["cms"].blueprint_plugins.get(blueprint)
    return plugin is None or plugin_enabled(tenant_code, plugin)


def portal_blueprint(name, import_name, **kwargs):
    """A blueprint whose routes live under a tenant's prefix, ``/<tenant>/...``.

    A plugin's blueprint exists only in the tenants that enable that plugin (404 elsewhere).
    """
    bp = Blueprint(name, import_name, url_prefix="/<tenant>", **kwargs)

    @bp.before_request
    def only_where_enabled():
        if not blueprint_enabled(bp.name, g.tenant.code):
            abort(404)

    @bp.url_value_preprocessor
    def pull_tenant(endpoint, values):
        code = values.pop("tenant", None)
        resolved = current_app.extensions["cms"].pm.hook.tenant_from_request(
            request=request, tenants=tenants(), config=current_app.config)
        if code != resolved:
            abort(404)
        g.tenant = tenants()[code]

    @bp.url_defaults
    def add_tenant(endpoint, values):
        if "tenant" not in values and g.get("tenant") is not None:
            values["tenant"] = g.tenant.code

    return bp


link_url = nav.link_url   # for plugins: the url of another page's navigation link, if shown
WORK, MANAGE, ACCOUNT = nav.WORK, nav.MANAGE, nav.ACCOUNT   # nav_link's areas


def nav_link(bp, text, endpoint, when=None, area=WORK, order=100):
    """Put a link to ``endpoint`` in the portal's navigation, for signed-in users of tenants
    that enable the plugin ``bp`` came from, and only when ``when(user, tenant)`` (if given)
    says so: ``area`` WORK (the service navigation, at most seven), MANAGE (the Manage menu)
    or ACCOUNT ("Your account"); ``order`` places it among its area's links."""
    @bp.record_once
    def register(state):
        def link():
            tenant = g.get("tenant")
            if tenant is None or not current_user.is_authenticated:
                return None
            if not blueprint_enabled(bp.name, tenant.code):
                return None
            if when is not None and not when(current_user, tenant):
                return None
            return text, url_for(endpoint)
        nav.add_link(state.app, link, endpoint, area, order)


CONFIRMED = "yes"   # the hidden ``confirmed`` field the confirmation page posts


def confirm_or(do, *, question, button, cancel, happens=(), names=(), warning=None,
               fields=(), danger=True, instead=None, caption=None):
    """Ask first: a destructive or wide-reaching POST acts only when its form carries
    ``confirmed=yes``, which only the confirmation page sends. Otherwise this answers that
    page (core/templates/confirm.html): the ``question`` ("Are you sure you want to ...?"),
    what ``happens`` (sentences), the ``names`` of what is affected ((label, value) pairs),
    a ``warning`` when it cannot be undone, the ``button`` that does it (red when
    ``danger``) posting ``fields`` ((name, value) pairs) back to this URL, a Cancel link to
    ``cancel``, and optionally ``instead``: (url, text) of a gentler action offered as a
    secondary button (it posts the same fields, confirmed, to that url). Once confirmed,
    ``do()`` acts and its answer is returned."""
    if request.form.get("confirmed") == CONFIRMED:
        return do()
    action = request.script_root + request.full_path.rstrip("?")
    return render_template("confirm.html", question=question, button=button, cancel=cancel,
                           happens=happens, names=names, warning=warning, fields=fields,
                           danger=danger, instead=instead, caption=caption, action=action)


def cdsp_only(view):
    """For views that exist only in the CDSP's portal: elsewhere they are not found."""
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not g.tenant.is_cdsp:
            abort(404)
        return view(*args, **kwargs)
    return wrapped


@login_manager.request_loader
def load_actor(request):
    return current_app.extensions["cms"].pm.hook.actor_from_request(
        request=request, tenant=g.get("tenant"))


@login_manager.unauthorized_handler
def unauthorized():
    if g.get("tenant") is None:
        abort(404)
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def wants_json():
    """Whether this request is for a channel that answers in JSON (e.g. the API)."""
    return request.path.startswith(tuple(current_app.config.get("CMS_JSON_PREFIXES", ())))


NUL_SCAN_MAX_BYTES = 1024 * 1024


def _contains_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_contains_nul(k) or _contains_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_contains_nul(v) for v in value)
    return False


def has_nul(req):
    """Whether a query string, form field or JSON string of ``req`` holds U+0000."""
    if "\x00" in req.path or any("\x00" in k or "\x00" in v for k, v in req.args.items(multi=True)):
        return True
    if req.mimetype == "application/x-www-form-urlencoded" or req.mimetype == "multipart/form-data":
        if any("\x00" in k or "\x00" in v for k, v in req.form.items(multi=True)):
            return True
    if req.is_json and (req.content_length or 0) <= NUL_SCAN_MAX_BYTES:
        # A larger body is left to its channel, which refuses it as too large (413) unread.
        return _contains_nul(req.get_json(silent=True))
    return False


def json_error(status, message, errors_=None):
    response = jsonify({"errors": errors_ or {}, "message": message})
    response.status_code = status
    return response


# What a request is told when the database cannot serve it (core.db.unavailable's reasons),
# or the data folder is full: (status, seconds to wait, title, message).
UNAVAILABLE = {
    database.DOWN: (503, 5, "Service temporarily unavailable",
                    "The service cannot reach its database just now, so your request may not "
                    "have been completed. Try again in a few seconds; a request sent again with "
                    "the same Idempotency-Key is never done twice."),
    database.BUSY: (503, 2, "Service busy",
                    "The service is too busy to complete your request just now. Try again in a "
                    "few seconds."),
    database.FULL: (507, 60, "Storage full",
                    "The service's storage is full, so nothing was saved. Try again later: "
                    "the service's operators must free some space first."),
}


# A write that failed for want of room: the disk or the user's quota is full, or the file
# grew past the process's file-size limit (RLIMIT_FSIZE).
STORAGE_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def unavailable_response(status, retry_after, title, message):
    """A 503 (or 507) that needs nothing from the database: JSON for a JSON channel, else a
    page rendered without the portal's context processors and base template (both read the
    database). It holds nothing personal, and the user is not looked up for it."""
    g.answered_unavailable = True
    if wants_json():
        response = json_error(status, message)
    else:
        page = current_app.jinja_env.get_template("unavailable.html").render(
            title=title, message=message, url_for=url_for)
        response = current_app.response_class(page, status=status, mimetype="text/html")
    response.headers["Retry-After"] = str(retry_after)
    response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app):
    """Request handling for every page and channel: the session's user, the database
    connection, security headers, error pages (the core's pages are in ``core.views``)."""
    login_manager.init_app(app)
    nav.init_app(app)

    @app.url_value_preprocessor
    def fresh_request_state(endpoint, values):
        # Runs first on every request. An app context may outlive one request (tests, the
        # CLI), so nothing kept in g (the user, caches) may leak into the next request.
        for key in list(vars(g)):
            g.pop(key, None)

    @app.url_value_preprocessor
    def bound_the_body(endpoint, values):
        # Before any before_request function (the CSRF check and the NUL scan read the form):
        # a body larger than the view takes is refused from its Content-Length, unread.
        uploads.limit_body()

    @app.before_request
    def open_db():
        database.db.connect(reuse_if_open=True)

    @app.before_request
    def refuse_nul_characters():
        # No text the service stores or searches may hold U+0000 (PostgreSQL refuses it):
        # say so at the door, for every channel, rather than fail deep in a query.
        if has_nul(request):
            message = "Text must not contain the NUL character (U+0000)."
            if wants_json():
                return json_error(400, message)
            return render_template("error.html", status=400, title="Unreadable input",
                                   message=message), 400

    @app.teardown_appcontext
    def close_db(exc):
        database.release()

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if request.is_secure:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if g.get("answered_unavailable"):   # loading the user would ask the failed database
            return response
        if current_user and getattr(current_user, "is_authenticated", False):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.jinja_env.filters.update(
        role_option=lambda r: (r.code, r.name),
        tenant_option=lambda t: (t.code, t.name),
        org_option=lambda o: (o.code, f"{o.code} – {o.name}"),
        reject_page=lambda args: {k: v for k, v in args.items() if k != "page"},
        words=wording.words,       # a code as words: inaccurate_read -> "Inaccurate read"
        article=wording.article,   # "an" RFA, "a" DMQ
        **formats.FILTERS,         # one format for moments, days and sizes everywhere
    )

    @app.context_processor
    def portal_context():
        tenant = g.get("tenant")
        return {"tenant": tenant, "tenants": tenants(),
                "enabled_plugins": enabled_plugins(tenant.code) if tenant else set()}

    @app.errorhandler(CSRFError)
    def csrf_failed(exc):
        return render_template("error.html", status=400, title="This form has expired",
                               message="For your security the form could not be sent. "
                                       "Go back, reload the page and try again; if your session "
                                       "has ended, sign in again."), 400

    @app.errorhandler(errors.NotFound)
    @app.errorhandler(404)
    def not_found(exc):
        if wants_json():  # a channel's own 404 saying which named object (exc.data) keeps it
            data = getattr(exc, "data", None) or {}
            return json_error(404, data.get("message") or "Not found, or not visible to you.",
                              data.get("errors"))
        if g.get("tenant") is None:  # no route matched: still show the portal the path names
            g.tenant = tenants().get(request.path.strip("/").split("/", 1)[0])
        return render_template("error.html", status=404, title="Page not found",
                               message="There is nothing here, or you may not see it. "
                                       "Check the address."), 404

    @app.errorhandler(errors.Forbidden)
    @app.errorhandler(403)
    def forbidden(exc):
        if wants_json():  # a channel's own 403 (its message in exc.data) stays JSON
            data = getattr(exc, "data", None) or {}
            return json_error(403, data.get("message") or getattr(exc, "message", None)
                              or "You may not do that.", data.get("errors"))
        message = getattr(exc, "message", None) or "Your role does not allow you to use this page."
        return render_template("error.html", status=403, title="Not allowed", message=message), 403

    @app.errorhandler(405)
    def method_not_allowed(exc):
        if wants_json():
            response = json_error(405, "This method is not allowed here.")
            response.headers["Allow"] = ", ".join(getattr(exc, "valid_methods", None) or [])
            return response
        return exc

    @app.errorhandler(413)
    def too_large(exc):
        message = uploads.too_large_message()
        if wants_json():
            return json_error(413, message)
        return render_template("error.html", status=413, title="File too large",
                               message=message), 413

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    @app.errorhandler(MaxConnectionsExceeded)
    def database_unavailable(exc):
        # The database is down, restarting, has cut this connection off, or is too busy:
        # the request gets 503 and Retry-After instead of 500, and a dead connection is
        # dropped here so that the next request (even in this app context) opens a new one.
        reason = database.unavailable(exc)
        if reason is None:
            raise exc   # a fault of the request or the code: the usual 500
        if reason == database.DOWN:
            database.discard()
        status, retry_after, title, message = UNAVAILABLE[reason]
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        log.warning("database %s: %s %s answered %s (%s)", reason, request.method, request.path,
                    status, first_line)
        return unavailable_response(status, retry_after, title, message)

    @app.errorhandler(OSError)
    def storage_full(exc):
        # The data folder is full: an upload (a batch file, an attachment) is refused with
        # 507 and a message saying so; the write that failed left nothing (core.storage
        # writes to a temporary file and renames it), its transaction is rolled back, so
        # nothing is registered. Reads go on. Any other OSError is the usual 500.
        if exc.errno not in STORAGE_FULL_ERRNOS:
            raise exc
        log.error("the data folder is full: %s %s answered 507 (%s)", request.method,
                  request.path, exc)
        return unavailable_response(*UNAVAILABLE[database.FULL])
