from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SARShipperAgreedRead")


@_attrs_define
class SARShipperAgreedRead:
    """
    Attributes:
        meter_serial (str): Meter serial number
        read_date (datetime.date): The agreed read's date (the transfer date)
        agreed_read (int): The agreed read
        other_shipper (str): Code of the other Shipper that agreed it
        previous_read (int | None | Unset): The last read on record before it
    """

    meter_serial: str
    read_date: datetime.date
    agreed_read: int
    other_shipper: str
    previous_read: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        meter_serial = self.meter_serial

        read_date = self.read_date.isoformat()

        agreed_read = self.agreed_read

        other_shipper = self.other_shipper

        previous_read: int | None | Unset
        if isinstance(self.previous_read, Unset):
            previous_read = UNSET
        else:
            previous_read = self.previous_read

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meter_serial": meter_serial,
                "read_date": read_date,
                "agreed_read": agreed_read,
                "other_shipper": other_shipper,
            }
        )
        if previous_read is not UNSET:
            field_dict["previous_read"] = previous_read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meter_serial = d.pop("meter_serial")

        read_date = datetime.date.fromisoformat(d.pop("read_date"))

        agreed_read = d.pop("agreed_read")

        other_shipper = d.pop("other_shipper")

        def _parse_previous_read(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        previous_read = _parse_previous_read(d.pop("previous_read", UNSET))

        sar_shipper_agreed_read = cls(
            meter_serial=meter_serial,
            read_date=read_date,
            agreed_read=agreed_read,
            other_shipper=other_shipper,
            previous_read=previous_read,
        )

        return sar_shipper_agreed_read
