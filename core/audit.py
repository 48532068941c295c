"""Writing the audit log. Call inside the transaction of the act being recorded."""
from flask import current_app, has_request_context, request

from core.models import AuditEntry

SECRET_WORDS = ("password", "secret", "token", "key_hash")


def source_address():
    return (request.remote_addr or "") if has_request_context() else "cli"


def record(action, actor=None, target_type="", target_id="", org_id=None, detail=None):
    """Append one entry. ``detail`` must never hold secrets; keys that look secret are refused."""
    detail = dict(detail or {})
    leaked = [k for k in detail if any(word in k.lower() for word in SECRET_WORDS)]
    if leaked:
        raise ValueError(f"audit detail must not carry secrets: {leaked}")
    entry = AuditEntry.create(
        action=action,
        actor_id=getattr(actor, "id", None),
        actor_email=getattr(actor, "email", "") or "",
        actor_org_id=getattr(actor, "organisation_id", None),
        org_id=org_id,
        target_type=target_type,
        target_id=str(target_id or ""),
        source_address=source_address(),
        detail=detail,
    )
    cms = current_app.extensions.get("cms") if current_app else None
    if cms is not None:
        cms.pm.hook.audit_recorded(entry=entry)
    return entry
