from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.a_rule_that_tells_or_raises_action import (
    ARuleThatTellsOrRaisesAction,
    check_a_rule_that_tells_or_raises_action,
)
from ..models.a_rule_that_tells_or_raises_trigger import (
    ARuleThatTellsOrRaisesTrigger,
    check_a_rule_that_tells_or_raises_trigger,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ARuleThatTellsOrRaises")


@_attrs_define
class ARuleThatTellsOrRaises:
    """
    Attributes:
        name (str): at most 80 characters (whitespace around it is dropped), unique (another rule's name is answered
            409)
        trigger (ARuleThatTellsOrRaisesTrigger): at_risk, breached, or closing (a request for information closes itself
            unanswered by the end of the next business day)
        action (ARuleThatTellsOrRaisesAction):
        contact_type (None | str | Unset): only this type's contacts (none: every type)
        tenant (None | str | Unset): only this portal's contacts
        target (None | str | Unset): not given (null or blank)
    """

    name: str
    trigger: ARuleThatTellsOrRaisesTrigger
    action: ARuleThatTellsOrRaisesAction
    contact_type: None | str | Unset = UNSET
    tenant: None | str | Unset = UNSET
    target: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        trigger: str = self.trigger

        action: str = self.action

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
                "name": name,
                "trigger": trigger,
                "action": action,
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
        name = d.pop("name")

        trigger = check_a_rule_that_tells_or_raises_trigger(d.pop("trigger"))

        action = check_a_rule_that_tells_or_raises_action(d.pop("action"))

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

        a_rule_that_tells_or_raises = cls(
            name=name,
            trigger=trigger,
            action=action,
            contact_type=contact_type,
            tenant=tenant,
            target=target,
        )

        return a_rule_that_tells_or_raises
