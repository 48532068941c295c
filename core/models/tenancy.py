"""Tenants (one per participant type, plus the CDSP's own) and organisations."""
from peewee import (BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField,
                    TextField)

from core.db import BaseModel, utcnow
from core.prepared import Prepared, slot

CDSP_TENANT = "cdsp"
CDSP_ORG = "CDSP"


class Tenant(BaseModel):
    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=100)

    @classmethod
    def by_code(cls, code):
        return cls.get_or_none(cls.code == code)


class TenantPlugin(BaseModel):
    """A CDSP admin's run-time choice to enable or disable a plugin for a tenant."""
    tenant = ForeignKeyField(Tenant, backref="plugin_overrides", on_delete="CASCADE")
    plugin = CharField(max_length=100)
    enabled = BooleanField()
    changed_at = DateTimeField(default=utcnow)
    changed_by = IntegerField(null=True)

    class Meta:
        indexes = ((("tenant", "plugin"), True),)

    @classmethod
    def overrides_for(cls, tenant_code):
        return {plugin: bool(enabled) for plugin, enabled in _OVERRIDES(tenant_code)}


# Every request asks (core.tenancy.enabled_plugins): its SQL is made once.
_OVERRIDES = Prepared(lambda: TenantPlugin.select(TenantPlugin.plugin, TenantPlugin.enabled)
                      .join(Tenant).where(Tenant.code == slot(0)).tuples())


class Organisation(BaseModel):
    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=200)
    tenant = ForeignKeyField(Tenant, backref="organisations")
    parent = ForeignKeyField("self", null=True, backref="children")
    is_active = BooleanField(default=True)
    customer_advocate = TextField(default="")
    group_view = BooleanField(default=False)   # its supervisors see its children's contacts
    created_at = DateTimeField(default=utcnow)
    # A sandbox twin (core.sandbox): its live organisation, same tenant; never the other way.
    sandbox = BooleanField(default=False)
    live_twin = ForeignKeyField("self", null=True, backref="+", index=True)

    @property
    def is_cdsp(self):
        return self.code == CDSP_ORG

    @property
    def file_code(self):
        """The code its batch files carry: a sandbox's are its live twin's (core.sandbox), so
        an integrator sends the sandbox the very files it will send live."""
        return self.live_twin.code if self.sandbox and self.live_twin_id else self.code

    @classmethod
    def by_code(cls, code):
        return cls.get_or_none(cls.code == (code or "").strip().upper())

    def descendant_ids(self):
        """This organisation's id and those of its children, grandchildren, ..."""
        ids, frontier = {self.id}, [self.id]
        while frontier:
            children = [o.id for o in Organisation.select(Organisation.id)
                        .where(Organisation.parent.in_(frontier))]
            frontier = [i for i in children if i not in ids]
            ids.update(frontier)
        return ids

    def ancestor_ids(self):
        ids, org = set(), self
        while org.parent_id and org.parent_id not in ids:
            ids.add(org.parent_id)
            org = Organisation.get_by_id(org.parent_id)
        return ids
