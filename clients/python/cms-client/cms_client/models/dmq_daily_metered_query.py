from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dmq_daily_metered_query_reason import DMQDailyMeteredQueryReason, check_dmq_daily_metered_query_reason
from ..types import UNSET, Unset

T = TypeVar("T", bound="DMQDailyMeteredQuery")


@_attrs_define
class DMQDailyMeteredQuery:
    """
    Attributes:
        dmsp (str): Code of the DMSP that reads the meter point
        meter_serial (str): Meter serial number
        query_date (datetime.date): The gas day in question
        reason (DMQDailyMeteredQueryReason): Why: missing_reads, wrong_read, adjustment_needed, equipment_fault
        daily_read (int | None | Unset): The daily read you expect
    """

    dmsp: str
    meter_serial: str
    query_date: datetime.date
    reason: DMQDailyMeteredQueryReason
    daily_read: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dmsp = self.dmsp

        meter_serial = self.meter_serial

        query_date = self.query_date.isoformat()

        reason: str = self.reason

        daily_read: int | None | Unset
        if isinstance(self.daily_read, Unset):
            daily_read = UNSET
        else:
            daily_read = self.daily_read

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dmsp": dmsp,
                "meter_serial": meter_serial,
                "query_date": query_date,
                "reason": reason,
            }
        )
        if daily_read is not UNSET:
            field_dict["daily_read"] = daily_read

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dmsp = d.pop("dmsp")

        meter_serial = d.pop("meter_serial")

        query_date = datetime.date.fromisoformat(d.pop("query_date"))

        reason = check_dmq_daily_metered_query_reason(d.pop("reason"))

        def _parse_daily_read(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_read = _parse_daily_read(d.pop("daily_read", UNSET))

        dmq_daily_metered_query = cls(
            dmsp=dmsp,
            meter_serial=meter_serial,
            query_date=query_date,
            reason=reason,
            daily_read=daily_read,
        )

        return dmq_daily_metered_query
