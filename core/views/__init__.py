"""The core's own pages: sign-in, the tenant home, LSO user administration, CDSP admin."""
from core import web
from core.views import access, admin, apikeys, audit, auth, home, maintenance, users


def init_app(app):
    """The request handling (``core.web``), then the maintenance gate (after the database
    opens), then the core's pages."""
    web.init_app(app)
    maintenance.init_app(app)  # the status page, and the gate that closes portals in a window
    app.register_blueprint(home.root)
    for module in (home, auth, users, access, admin, apikeys, audit):
        app.register_blueprint(module.bp)
