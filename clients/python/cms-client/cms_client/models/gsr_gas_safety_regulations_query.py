from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gsr_gas_safety_regulations_query_reason import (
    GSRGasSafetyRegulationsQueryReason,
    check_gsr_gas_safety_regulations_query_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GSRGasSafetyRegulationsQuery")


@_attrs_define
class GSRGasSafetyRegulationsQuery:
    """
    Attributes:
        shipper (str): Code of the Shipper registered at the meter point when the meter was removed: the contact goes to
            it
        removal_date (datetime.date): The day the meter was removed
        reason (GSRGasSafetyRegulationsQueryReason): What the desk check found: removed_not_refitted,
            consumption_after_removal, isolation_unconfirmed, other
        meter_serial (None | str | Unset): Serial number of the meter removed
        address (None | str | Unset): Where the meter point is
        postcode (None | str | Unset): Postcode of the premises
        details (None | str | Unset): What you know of the site and what you ask the Shipper to confirm
    """

    shipper: str
    removal_date: datetime.date
    reason: GSRGasSafetyRegulationsQueryReason
    meter_serial: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    details: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        shipper = self.shipper

        removal_date = self.removal_date.isoformat()

        reason: str = self.reason

        meter_serial: None | str | Unset
        if isinstance(self.meter_serial, Unset):
            meter_serial = UNSET
        else:
            meter_serial = self.meter_serial

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shipper": shipper,
                "removal_date": removal_date,
                "reason": reason,
            }
        )
        if meter_serial is not UNSET:
            field_dict["meter_serial"] = meter_serial
        if address is not UNSET:
            field_dict["address"] = address
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shipper = d.pop("shipper")

        removal_date = datetime.date.fromisoformat(d.pop("removal_date"))

        reason = check_gsr_gas_safety_regulations_query_reason(d.pop("reason"))

        def _parse_meter_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_serial = _parse_meter_serial(d.pop("meter_serial", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        gsr_gas_safety_regulations_query = cls(
            shipper=shipper,
            removal_date=removal_date,
            reason=reason,
            meter_serial=meter_serial,
            address=address,
            postcode=postcode,
            details=details,
        )

        return gsr_gas_safety_regulations_query
