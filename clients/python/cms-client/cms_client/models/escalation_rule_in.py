from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.escalation_rule_in_action import EscalationRuleInAction, check_escalation_rule_in_action
from ..models.escalation_rule_in_trigger import EscalationRuleInTrigger, check_escalation_rule_in_trigger
from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationRuleIn")


@_attrs_define
class EscalationRuleIn:
    """
    Attributes:
        name (str): unique
        trigger (EscalationRuleInTrigger): at_risk, breached, or closing (a request for information closes itself
            unanswered by the end of the next business day)
        action (EscalationRuleInAction): notify (the holder's supervisors), priority (raise it), or move (to `target`)
        contact_type (None | str | Unset): only this type's contacts
        tenant (None | str | Unset): only this portal's contacts
        target (None | str | Unset): move: the organisation code of the queue (of the holder's group)
    """

    name: str
    trigger: EscalationRuleInTrigger
    action: EscalationRuleInAction
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

        trigger = check_escalation_rule_in_trigger(d.pop("trigger"))

        action = check_escalation_rule_in_action(d.pop("action"))

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

        escalation_rule_in = cls(
            name=name,
            trigger=trigger,
            action=action,
            contact_type=contact_type,
            tenant=tenant,
            target=target,
        )

        return escalation_rule_in
