from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FOMFoundMeterPoint")


@_attrs_define
class FOMFoundMeterPoint:
    """
    Attributes:
        meter_serial (str): Serial number on the meter
        address (str): Where the meter is
        postcode (str): Postcode of the premises
        found_date (datetime.date): The day it was found
        read (int | None | Unset): The meter's read when found
        network (None | str | Unset): Code of the Network (GT or IGT) the meter is on
    """

    meter_serial: str
    address: str
    postcode: str
    found_date: datetime.date
    read: int | None | Unset = UNSET
    network: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        meter_serial = self.meter_serial

        address = self.address

        postcode = self.postcode

        found_date = self.found_date.isoformat()

        read: int | None | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        else:
            read = self.read

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meter_serial": meter_serial,
                "address": address,
                "postcode": postcode,
                "found_date": found_date,
            }
        )
        if read is not UNSET:
            field_dict["read"] = read
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meter_serial = d.pop("meter_serial")

        address = d.pop("address")

        postcode = d.pop("postcode")

        found_date = datetime.date.fromisoformat(d.pop("found_date"))

        def _parse_read(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        read = _parse_read(d.pop("read", UNSET))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        fom_found_meter_point = cls(
            meter_serial=meter_serial,
            address=address,
            postcode=postcode,
            found_date=found_date,
            read=read,
            network=network,
        )

        return fom_found_meter_point
