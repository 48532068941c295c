from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationRuleOut")


@_attrs_define
class EscalationRuleOut:
    """
    Attributes:
        id (int):
        name (str):
        trigger (str):
        action (str):
        created_at (datetime.datetime):
        contact_type (None | str | Unset):
        tenant (None | str | Unset):
        target (None | str | Unset):
    """

    id: int
    name: str
    trigger: str
    action: str
    created_at: datetime.datetime
    contact_type: None | str | Unset = UNSET
    tenant: None | str | Unset = UNSET
    target: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        trigger = self.trigger

        action = self.action

        created_at = self.created_at.isoformat()

        contact_type: None | str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = self.contact_type

        tenant: None | str | Unset
        if isinstance(self.tenant, Unset):
            tenant = UNSET
        else:
            tenant = self.tenant

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "trigger": trigger,
                "action": action,
                "created_at": created_at,
            }
        )
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        trigger = d.pop("trigger")

        action = d.pop("action")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_contact_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_type = _parse_contact_type(d.pop("contact_type", UNSET))

        def _parse_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant = _parse_tenant(d.pop("tenant", UNSET))

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        escalation_rule_out = cls(
            id=id,
            name=name,
            trigger=trigger,
            action=action,
            created_at=created_at,
            contact_type=contact_type,
            tenant=tenant,
            target=target,
        )

        return escalation_rule_out
