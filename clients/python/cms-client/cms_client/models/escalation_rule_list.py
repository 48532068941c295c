from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.escalation_rule_out import EscalationRuleOut


T = TypeVar("T", bound="EscalationRuleList")


@_attrs_define
class EscalationRuleList:
    """
    Attributes:
        items (list[EscalationRuleOut]):
    """

    items: list[EscalationRuleOut]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.escalation_rule_out import EscalationRuleOut  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EscalationRuleOut.from_dict(items_item_data)

            items.append(items_item)

        escalation_rule_list = cls(
            items=items,
        )

        return escalation_rule_list
