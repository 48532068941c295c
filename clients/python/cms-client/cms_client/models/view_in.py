from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.view_in_order import ViewInOrder, check_view_in_order
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.view_filters import ViewFilters


T = TypeVar("T", bound="ViewIn")


@_attrs_define
class ViewIn:
    """
    Attributes:
        name (str): not one of your views' names already (409)
        shared (bool | Unset): shared with your organisation (CDSP staff: with the CDSP team) Default: False.
        order (ViewInOrder | Unset):  Default: 'received'.
        filters (ViewFilters | Unset):
    """

    name: str
    shared: bool | Unset = False
    order: ViewInOrder | Unset = "received"
    filters: ViewFilters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        shared = self.shared

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if shared is not UNSET:
            field_dict["shared"] = shared
        if order is not UNSET:
            field_dict["order"] = order
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.view_filters import ViewFilters  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        shared = d.pop("shared", UNSET)

        _order = d.pop("order", UNSET)
        order: ViewInOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_view_in_order(_order)

        _filters = d.pop("filters", UNSET)
        filters: ViewFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ViewFilters.from_dict(_filters)

        view_in = cls(
            name=name,
            shared=shared,
            order=order,
            filters=filters,
        )

        return view_in
