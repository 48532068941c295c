"""Every hook the core calls, one function each.

Implementations may accept any subset of a hook's arguments, so hooks grow only
by gaining arguments. ``register_*`` hooks return lists that the core flattens;
only the hooks marked "stops at first non-None result" are ``firstresult``.
"""
import pluggy

hookspec = pluggy.HookspecMarker("cms")
hookimpl = pluggy.HookimplMarker("cms")


# ---------------------------------------------------------------- registration

@hookspec
def register_contact_types():
    """Return a list of :class:`core.registry.ContactType` this plugin provides."""


@hookspec
def register_channels():
    """Return a list of :class:`core.registry.Channel` (blueprints, workers) this plugin provides."""


@hookspec
def register_guides():
    """Return a list of :class:`core.registry.Guide` (help pages) this plugin provides."""


@hookspec
def register_commands(cli):
    """Add click commands or groups to the ``cms`` command group ``cli``."""


@hookspec
def register_settings():
    """Return a list of :class:`core.settings.Setting` this plugin reads (``CMS_<name>``); they
    are read and checked at start-up like the core's, and land in ``app.config``."""


@hookspec
def register_migrations():
    """Return the directory of this plugin's numbered migrations (``playhouse.migrations``
    files, ``0001_name.py``...). ``cms db upgrade`` applies the core's first, then each
    plugin's in the order of plugin names; each plugin keeps its own history table."""


@hookspec
def register_api_resources(api):
    """Return a list of flask-smorest blueprints to mount under ``/api/v1``. ``api`` is the
    API channel's kit (its ``blueprint``, ``abort`` and field types), so a plugin adds a
    resource without importing the API plugin. A resource answers only in tenants that
    enable the plugin that registered it."""


@hookspec
def register_jobs(queue):
    """Return a list of :class:`core.jobs.Job` this plugin provides; ``queue`` is the huey instance."""


@hookspec
def retention_purge(tenant, cutoffs, now):
    """Remove what this plugin keeps for tenant ``tenant`` (its code) that is older than its
    retention period allows: ``cutoffs`` maps each kind (``"batch_files"``...) to the naive
    UTC moment before which it is past its period. Record each purge in the audit; return
    ``{kind: how many were removed}``. Only plugins the tenant enables are asked."""


@hookspec
def sandbox_purge(organisation_ids, cutoff, now):
    """Remove what this plugin keeps of the sandbox organisations ``organisation_ids``
    (core.sandbox) made before ``cutoff`` (naive UTC), rows and files alike. Record it in
    the audit; return ``{kind: how many were removed}``."""


@hookspec
def erase_person(erasure):
    """Replace a person's address and name in everything this plugin keeps (rows, files),
    inside the erasure's transaction (raise to undo it all). ``erasure`` is a
    :class:`core.erasure.Erasure`: the values to find (``emails``, ``names``), the person's
    ``user_ids``, the pseudonym each value maps to, and ``replace`` / ``scrub`` helpers.
    Return ``{what: how many changed or removed}``, recorded in the erasure's audit entry.
    Every plugin is asked, whichever tenants enable it now."""


@hookspec(firstresult=True)
def send_mail(to, subject, body, attachments):
    """Send one email to ``to`` (a list of addresses) with ``attachments`` (a list of
    ``(file name, MIME type, bytes)``); return where it went (anything but None) once it is
    sent, or raise OSError when it cannot be sent now; stops at first non-None result. Every
    plugin is asked, whichever tenants enable it: :func:`core.mail.send` is the way in."""


# ------------------------------------------------------------------- requests

@hookspec(firstresult=True)
def tenant_from_request(request, tenants, config):
    """Return the tenant code a request is for, or None; stops at first non-None result.

    ``tenants`` maps codes to :class:`core.tenancy.TenantSpec`; the default
    (``trylast``) uses the configured host names, then the path prefix.
    """


@hookspec(firstresult=True)
def actor_from_request(request, tenant):
    """Return the actor (a signed-in :class:`core.models.User`) making a request, or None;
    stops at first non-None result. The default (``trylast``) reads the session cookie."""


@hookspec
def permission_allowed(actor, action, obj):
    """Return True to allow ``actor`` to take ``action`` on ``obj``, False to deny, None to abstain.

    Any False denies; otherwise any True allows; with no opinion the answer is no.
    """


@hookspec
def collect_gauges(gauges, now):
    """Add gauges read now, when ``/metrics`` is scraped: ``gauges.add(name, help, value,
    **labels)`` (a :class:`core.observability.gauges.Gauges`); ``now`` is naive UTC. Every
    plugin is asked, whichever tenants enable it; keep the labels bounded."""


# ---------------------------------------------------------------------- pages

@hookspec
def home_panels(user, tenant):
    """Return a list of HTML fragments (``markupsafe.Markup``) for ``user``'s home page in
    ``tenant`` (a :class:`core.tenancy.TenantSpec`); only plugins the tenant enables are asked."""


# --------------------------------------------------------------------- events

@hookspec
def audit_recorded(entry):
    """Called after an :class:`core.models.AuditEntry` is written (inside its transaction)."""


# The contact hooks reach a plugin only when it is enabled for the tenant of at least one of
# the contact's parties; ``tenants`` is the set of those parties' tenant codes that enable it
# (see core.tenancy.call_for_tenants). An implementation may leave the argument out.

@hookspec
def contact_created(contact, event, tenants):
    """Called after a contact is raised, with its first event (inside the transaction)."""


@hookspec
def contact_transitioned(contact, event, tenants):
    """Called after a contact changes status, holder or CED, with the event that records it."""


@hookspec
def message_added(contact, message, tenants):
    """Called after a message is added to a contact."""


@hookspec
def contact_escalated(contact, rule, user_ids, tenants):
    """Called when an escalation rule (an ``EscalationRule``) says to tell the holder's
    supervisors (``user_ids``) about ``contact``; only the holder's tenant hears it: it is
    the holder's own business, never told to the other side."""


@hookspec
def access_request_decided(access_request, tenants):
    """Called after an LSO approves or declines an :class:`core.models.AccessRequest`
    (``status`` says which; ``decline_reason`` why), once it is saved: tell the requester
    (``email``). Only plugins enabled for the organisation's tenant (``tenants``) hear it."""


@hookspec
def batch_file_processed(batch_file, tenants):
    """Called after a batch file has been processed and its response delivered; only plugins
    enabled for the sender's tenant hear it (``tenants``: that tenant's code)."""


@hookspec
def demo_market(people):
    """Called by ``cms demo`` after the core's demo contacts are in: add the plugin's part of
    the demo market (files, reports...), leaving what is already there. ``people``: the
    CDSP's demo ``"admin"`` and ``"agent"``, and each demo organisation's user by its code."""
