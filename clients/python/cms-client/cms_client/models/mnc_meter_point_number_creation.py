from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MNCMeterPointNumberCreation")


@_attrs_define
class MNCMeterPointNumberCreation:
    """
    Attributes:
        address (str): Address of the new supply
        postcode (str): Postcode of the new supply
        estimated_aq (int): Estimated annual quantity, kWh
        igt (None | str | Unset): Code of the IGT when the supply is on an IGT network
        new_build (bool | None | Unset): Y for a new-build premises
    """

    address: str
    postcode: str
    estimated_aq: int
    igt: None | str | Unset = UNSET
    new_build: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        postcode = self.postcode

        estimated_aq = self.estimated_aq

        igt: None | str | Unset
        if isinstance(self.igt, Unset):
            igt = UNSET
        else:
            igt = self.igt

        new_build: bool | None | Unset
        if isinstance(self.new_build, Unset):
            new_build = UNSET
        else:
            new_build = self.new_build

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "postcode": postcode,
                "estimated_aq": estimated_aq,
            }
        )
        if igt is not UNSET:
            field_dict["igt"] = igt
        if new_build is not UNSET:
            field_dict["new_build"] = new_build

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        postcode = d.pop("postcode")

        estimated_aq = d.pop("estimated_aq")

        def _parse_igt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        igt = _parse_igt(d.pop("igt", UNSET))

        def _parse_new_build(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        new_build = _parse_new_build(d.pop("new_build", UNSET))

        mnc_meter_point_number_creation = cls(
            address=address,
            postcode=postcode,
            estimated_aq=estimated_aq,
            igt=igt,
            new_build=new_build,
        )

        return mnc_meter_point_number_creation
