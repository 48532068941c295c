from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.cdq_consumption_dispute_query_reason import (
    CDQConsumptionDisputeQueryReason,
    check_cdq_consumption_dispute_query_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CDQConsumptionDisputeQuery")


@_attrs_define
class CDQConsumptionDisputeQuery:
    """
    Attributes:
        meter_serial (str): Meter serial number
        dispute_start (datetime.date): Start of the disputed period
        dispute_end (datetime.date): End of the disputed period
        reason (CDQConsumptionDisputeQueryReason): Why: estimated_reads, wrong_read, meter_fault,
            unexplained_consumption
        disputed_read (int | None | Unset): The read you dispute
        read_date (datetime.date | None | str | Unset): The disputed read's date
        proposed_read (int | None | Unset): The read you believe is right
    """

    meter_serial: str
    dispute_start: datetime.date
    dispute_end: datetime.date
    reason: CDQConsumptionDisputeQueryReason
    disputed_read: int | None | Unset = UNSET
    read_date: datetime.date | None | str | Unset = UNSET
    proposed_read: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        meter_serial = self.meter_serial

        dispute_start = self.dispute_start.isoformat()

        dispute_end = self.dispute_end.isoformat()

        reason: str = self.reason

        disputed_read: int | None | Unset
        if isinstance(self.disputed_read, Unset):
            disputed_read = UNSET
        else:
            disputed_read = self.disputed_read

        read_date: None | str | Unset
        if isinstance(self.read_date, Unset):
            read_date = UNSET
        elif isinstance(self.read_date, datetime.date):
            read_date = self.read_date.isoformat()
        else:
            read_date = self.read_date

        proposed_read: int | None | Unset
        if isinstance(self.proposed_read, Unset):
            proposed_read = UNSET
        else:
            proposed_read = self.proposed_read

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meter_serial": meter_serial,
                "dispute_start": dispute_start,
                "dispute_end": dispute_end,
                "reason": reason,
            }
        )
        if disputed_read is not UNSET:
            field_dict["disputed_read"] = disputed_read
        if read_date is not UNSET:
            field_dict["read_date"] = read_date
        if proposed_read is not UNSET:
            field_dict["proposed_read"] = proposed_read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meter_serial = d.pop("meter_serial")

        dispute_start = datetime.date.fromisoformat(d.pop("dispute_start"))

        dispute_end = datetime.date.fromisoformat(d.pop("dispute_end"))

        reason = check_cdq_consumption_dispute_query_reason(d.pop("reason"))

        def _parse_disputed_read(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disputed_read = _parse_disputed_read(d.pop("disputed_read", UNSET))

        def _parse_read_date(data: object) -> datetime.date | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_date_type_0_type_0 = datetime.date.fromisoformat(data)

                return read_date_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | str | Unset, data)

        read_date = _parse_read_date(d.pop("read_date", UNSET))

        def _parse_proposed_read(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        proposed_read = _parse_proposed_read(d.pop("proposed_read", UNSET))

        cdq_consumption_dispute_query = cls(
            meter_serial=meter_serial,
            dispute_start=dispute_start,
            dispute_end=dispute_end,
            reason=reason,
            disputed_read=disputed_read,
            read_date=read_date,
            proposed_read=proposed_read,
        )

        return cdq_consumption_dispute_query
