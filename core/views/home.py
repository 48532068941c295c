"""The service's front door and each tenant portal's home page."""
from flask import Blueprint, Response, current_app, g, render_template, send_from_directory
from flask_login import current_user

from core.observability import probes
from core.tenancy import hook_for_tenant
from core.web import PUBLIC, SIGNED_IN, access, portal_blueprint

root = Blueprint("root", __name__)
bp = portal_blueprint("home", __name__)


@root.get("/")
@access(PUBLIC)
def index():
    hosts = current_app.config["CMS_TENANT_HOSTS"]
    return render_template("index.html", host_mapped=bool(hosts))


@root.get("/healthz")
@access(PUBLIC)
def health():
    return {"status": "ok"}


@root.get("/readyz")
@access(PUBLIC)
def ready():
    """Readiness: the database, the queue, the data folder (core.observability.readiness);
    answered by core.observability.probes before the other request hooks."""
    return probes.ready_response()


@root.get("/metrics")
@access(PUBLIC)   # closed (404) without CMS_METRICS_TOKEN, then the token is asked for (401)
def metrics():
    """Prometheus metrics (core.observability.metrics); answered like ``ready``."""
    return probes.metrics_response()


@root.get("/favicon.ico")
@access(PUBLIC)
def favicon():
    """The service's icon, where browsers look for it unasked (every page also names it)."""
    return send_from_directory(current_app.static_folder, "favicon.ico",
                               mimetype="image/vnd.microsoft.icon", max_age=86400)


@bp.get("/theme.css")
@access(PUBLIC)
def theme():
    css = f":root {{ --tenant-colour: {g.tenant.colour}; }}\n"
    return Response(css, mimetype="text/css", headers={"Cache-Control": "public, max-age=300"})


@bp.get("/")
@access(SIGNED_IN)
def home():
    return render_template("home.html", user=current_user, organisation=current_user.organisation,
                           tenant=g.tenant, panels=plugin_panels(current_user, g.tenant))


def plugin_panels(user, tenant):
    """The ``home_panels`` of the plugins this tenant enables, flattened in hook order."""
    hook = hook_for_tenant("home_panels", tenant.code)
    return [panel for panels in hook(user=user, tenant=tenant) for panel in panels or ()]
