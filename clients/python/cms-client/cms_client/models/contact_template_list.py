from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.contact_template_out import ContactTemplateOut


T = TypeVar("T", bound="ContactTemplateList")


@_attrs_define
class ContactTemplateList:
    """
    Attributes:
        items (list[ContactTemplateOut]): by name
    """

    items: list[ContactTemplateOut]

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
        from ..models.contact_template_out import ContactTemplateOut  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ContactTemplateOut.from_dict(items_item_data)

            items.append(items_item)

        contact_template_list = cls(
            items=items,
        )

        return contact_template_list
