from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DUPDuplicateMeterPoint")


@_attrs_define
class DUPDuplicateMeterPoint:
    """
    Attributes:
        duplicate_mprn (str): The MPRN you believe duplicates it
        meter_serial (None | str | Unset): Serial number of the meter on site
    """

    duplicate_mprn: str
    meter_serial: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duplicate_mprn = self.duplicate_mprn

        meter_serial: None | str | Unset
        if isinstance(self.meter_serial, Unset):
            meter_serial = UNSET
        else:
            meter_serial = self.meter_serial

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duplicate_mprn": duplicate_mprn,
            }
        )
        if meter_serial is not UNSET:
            field_dict["meter_serial"] = meter_serial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duplicate_mprn = d.pop("duplicate_mprn")

        def _parse_meter_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_serial = _parse_meter_serial(d.pop("meter_serial", UNSET))

        dup_duplicate_meter_point = cls(
            duplicate_mprn=duplicate_mprn,
            meter_serial=meter_serial,
        )

        return dup_duplicate_meter_point
