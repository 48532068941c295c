from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_out import ContactOut


T = TypeVar("T", bound="ContactPage")


@_attrs_define
class ContactPage:
    """
    Attributes:
        items (list[ContactOut]):
        next_ (None | str | Unset): pass as `cursor` for the next page; null on the last page
        total (int | Unset): how many contacts match the filters, on every page (only with `total=true`); counting stops
            at 1,000 (see `total_exact`)
        total_exact (bool | Unset): with `total`: false when more contacts match than `total` says (the count stopped at
            its cap of 1,000)
    """

    items: list[ContactOut]
    next_: None | str | Unset = UNSET
    total: int | Unset = UNSET
    total_exact: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        total = self.total

        total_exact = self.total_exact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if total is not UNSET:
            field_dict["total"] = total
        if total_exact is not UNSET:
            field_dict["total_exact"] = total_exact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_out import ContactOut  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ContactOut.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        total = d.pop("total", UNSET)

        total_exact = d.pop("total_exact", UNSET)

        contact_page = cls(
            items=items,
            next_=next_,
            total=total,
            total_exact=total_exact,
        )

        return contact_page
