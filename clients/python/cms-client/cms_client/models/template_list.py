from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.template_list_variables import TemplateListVariables
    from ..models.template_out import TemplateOut


T = TypeVar("T", bound="TemplateList")


@_attrs_define
class TemplateList:
    """
    Attributes:
        items (list[TemplateOut]):
        variables (TemplateListVariables): each variable a template may use, and what it is
    """

    items: list[TemplateOut]
    variables: TemplateListVariables

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "variables": variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_list_variables import TemplateListVariables  # noqa: PLC0415
        from ..models.template_out import TemplateOut  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TemplateOut.from_dict(items_item_data)

            items.append(items_item)

        variables = TemplateListVariables.from_dict(d.pop("variables"))

        template_list = cls(
            items=items,
            variables=variables,
        )

        return template_list
