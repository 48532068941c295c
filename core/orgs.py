"""Organisations: created by CDSP admins, each in one tenant, optionally under a parent."""
import re

from core import audit
from core.db import transaction
from core.errors import Forbidden, Invalid
from core.models import CDSP_TENANT, Organisation, Tenant
from core.permissions import allowed

CODE_RE = re.compile(r"^[A-Z0-9]{2,10}$")


def create_organisation(actor, code, tenant_code, name, parent_code=None, customer_advocate=""):
    errors = {}
    code = (code or "").strip().upper()
    if not CODE_RE.match(code):
        errors["code"] = "Use 2 to 10 capital letters or digits, e.g. ABC."
    elif Organisation.by_code(code) is not None:
        errors["code"] = f"An organisation with code {code} already exists."
    tenant = Tenant.by_code((tenant_code or "").strip().lower())
    if tenant is None or tenant.code == CDSP_TENANT:
        names = ", ".join(t.code for t in Tenant.select().where(Tenant.code != CDSP_TENANT)
                          .order_by(Tenant.code))
        errors["tenant"] = f"Choose a participant tenant ({names})."
    name = (name or "").strip()
    if not name or len(name) > 200:
        errors["name"] = "Enter the organisation's name (at most 200 characters)."
    parent = None
    if parent_code:
        parent = Organisation.by_code(parent_code)
        if parent is None:
            errors["parent"] = f"There is no organisation with code {parent_code.strip().upper()}."
        elif tenant is not None and parent.tenant_id != tenant.id:
            errors["parent"] = "A parent must be in the same tenant."
    if errors:
        raise Invalid("The organisation was not created: correct the fields marked.", errors)
    with transaction():
        org = Organisation.create(code=code, name=name, tenant=tenant, parent=parent,
                                  customer_advocate=(customer_advocate or "").strip())
        audit.record("org.created", actor=actor, target_type="organisation", target_id=code,
                     org_id=org.id, detail={"tenant": tenant.code,
                                            "parent": parent.code if parent else None})
    return org


def set_group_view(actor, org, on):
    """Turn ``org``'s group view on or off (a CDSP admin's choice): with it, its supervisors
    see and work its child organisations' contacts (core.contacts.group_view). Only an
    organisation with children may have it on; audited."""
    on = bool(on)
    if not allowed(actor, "cdsp.admin", org):
        raise Forbidden("Only the CDSP's admins set an organisation's group view.")
    if on and not Organisation.select().where(Organisation.parent == org.id).exists():
        raise Invalid("The group view was not turned on.",
                      {"group_view": f"{org.code} has no child organisations: there is no "
                                     "group to see."})
    if bool(org.group_view) == on:
        return org
    with transaction():
        Organisation.update(group_view=on).where(Organisation.id == org.id).execute()
        org.group_view = on
        audit.record("org.group_view_on" if on else "org.group_view_off", actor=actor,
                     target_type="organisation", target_id=org.code, org_id=org.id,
                     detail={"children": sorted(o.code for o in org.children)})
    return org


def search(query="", tenant_code=""):
    select = Organisation.select(Organisation, Tenant).join(Tenant).where(~Organisation.sandbox)
    if query:
        q = query.strip()
        select = select.where(Organisation.code.contains(q.upper()) | Organisation.name.contains(q))
    if tenant_code:
        select = select.where(Tenant.code == tenant_code)
    return list(select.order_by(Tenant.code, Organisation.code))
