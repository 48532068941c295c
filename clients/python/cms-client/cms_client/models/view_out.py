from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.view_out_filters import ViewOutFilters


T = TypeVar("T", bound="ViewOut")


@_attrs_define
class ViewOut:
    """
    Attributes:
        id (int):
        name (str):
        shared (bool):
        mine (bool): you saved it (and may delete it)
        order (str):
        filters (ViewOutFilters):
        count (int): how many contacts match now; counting stops at 1,000 (see `count_exact`)
        count_exact (bool): false when more contacts match than `count` says
        contacts (str): where to list them
    """

    id: int
    name: str
    shared: bool
    mine: bool
    order: str
    filters: ViewOutFilters
    count: int
    count_exact: bool
    contacts: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        shared = self.shared

        mine = self.mine

        order = self.order

        filters = self.filters.to_dict()

        count = self.count

        count_exact = self.count_exact

        contacts = self.contacts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "shared": shared,
                "mine": mine,
                "order": order,
                "filters": filters,
                "count": count,
                "count_exact": count_exact,
                "contacts": contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.view_out_filters import ViewOutFilters  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        shared = d.pop("shared")

        mine = d.pop("mine")

        order = d.pop("order")

        filters = ViewOutFilters.from_dict(d.pop("filters"))

        count = d.pop("count")

        count_exact = d.pop("count_exact")

        contacts = d.pop("contacts")

        view_out = cls(
            id=id,
            name=name,
            shared=shared,
            mine=mine,
            order=order,
            filters=filters,
            count=count,
            count_exact=count_exact,
            contacts=contacts,
        )

        return view_out
