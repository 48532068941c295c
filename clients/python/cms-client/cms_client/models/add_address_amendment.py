from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ADDAddressAmendment")


@_attrs_define
class ADDAddressAmendment:
    """
    Attributes:
        street (str): Street
        town (str): Town or city
        postcode (str): Postcode
        building (None | str | Unset): Building name or number
        uprn (None | str | Unset): Unique Property Reference Number, if known
    """

    street: str
    town: str
    postcode: str
    building: None | str | Unset = UNSET
    uprn: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        town = self.town

        postcode = self.postcode

        building: None | str | Unset
        if isinstance(self.building, Unset):
            building = UNSET
        else:
            building = self.building

        uprn: None | str | Unset
        if isinstance(self.uprn, Unset):
            uprn = UNSET
        else:
            uprn = self.uprn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "street": street,
                "town": town,
                "postcode": postcode,
            }
        )
        if building is not UNSET:
            field_dict["building"] = building
        if uprn is not UNSET:
            field_dict["uprn"] = uprn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street")

        town = d.pop("town")

        postcode = d.pop("postcode")

        def _parse_building(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        building = _parse_building(d.pop("building", UNSET))

        def _parse_uprn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uprn = _parse_uprn(d.pop("uprn", UNSET))

        add_address_amendment = cls(
            street=street,
            town=town,
            postcode=postcode,
            building=building,
            uprn=uprn,
        )

        return add_address_amendment
