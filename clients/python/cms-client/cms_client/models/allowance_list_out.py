from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowance_month_out import AllowanceMonthOut


T = TypeVar("T", bound="AllowanceListOut")


@_attrs_define
class AllowanceListOut:
    """
    Attributes:
        items (list[AllowanceMonthOut] | Unset):
    """

    items: list[AllowanceMonthOut] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowance_month_out import AllowanceMonthOut  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[AllowanceMonthOut] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = AllowanceMonthOut.from_dict(items_item_data)

                items.append(items_item)

        allowance_list_out = cls(
            items=items,
        )

        return allowance_list_out
