from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.rfa_request_for_adjustment_reason import (
    RFARequestForAdjustmentReason,
    check_rfa_request_for_adjustment_reason,
)
from ..models.rfa_request_for_adjustment_supply_point_class import (
    RFARequestForAdjustmentSupplyPointClass,
    check_rfa_request_for_adjustment_supply_point_class,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RFARequestForAdjustment")


@_attrs_define
class RFARequestForAdjustment:
    """
    Attributes:
        meter_serial (str): Meter serial number
        supply_point_class (RFARequestForAdjustmentSupplyPointClass): Supply point class: 2, 3 or 4 (class 1 goes as a
            DMQ to the DMSP)
        annual_quantity (int): Annual quantity (AQ), kWh
        adjustment_start (datetime.date): First day adjusted
        adjustment_end (datetime.date): Last day adjusted
        reason (RFARequestForAdjustmentReason): Why: inaccurate_read, meter_exchange, correction_factor, reconciliation
        open_read (int | None | Unset): Read at the start of the period
        close_read (int | None | Unset): Read at the end of the period
        correction_factor (float | None | Unset): Correct correction factor
    """

    meter_serial: str
    supply_point_class: RFARequestForAdjustmentSupplyPointClass
    annual_quantity: int
    adjustment_start: datetime.date
    adjustment_end: datetime.date
    reason: RFARequestForAdjustmentReason
    open_read: int | None | Unset = UNSET
    close_read: int | None | Unset = UNSET
    correction_factor: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        meter_serial = self.meter_serial

        supply_point_class: int = self.supply_point_class

        annual_quantity = self.annual_quantity

        adjustment_start = self.adjustment_start.isoformat()

        adjustment_end = self.adjustment_end.isoformat()

        reason: str = self.reason

        open_read: int | None | Unset
        if isinstance(self.open_read, Unset):
            open_read = UNSET
        else:
            open_read = self.open_read

        close_read: int | None | Unset
        if isinstance(self.close_read, Unset):
            close_read = UNSET
        else:
            close_read = self.close_read

        correction_factor: float | None | Unset
        if isinstance(self.correction_factor, Unset):
            correction_factor = UNSET
        else:
            correction_factor = self.correction_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meter_serial": meter_serial,
                "supply_point_class": supply_point_class,
                "annual_quantity": annual_quantity,
                "adjustment_start": adjustment_start,
                "adjustment_end": adjustment_end,
                "reason": reason,
            }
        )
        if open_read is not UNSET:
            field_dict["open_read"] = open_read
        if close_read is not UNSET:
            field_dict["close_read"] = close_read
        if correction_factor is not UNSET:
            field_dict["correction_factor"] = correction_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meter_serial = d.pop("meter_serial")

        supply_point_class = check_rfa_request_for_adjustment_supply_point_class(d.pop("supply_point_class"))

        annual_quantity = d.pop("annual_quantity")

        adjustment_start = datetime.date.fromisoformat(d.pop("adjustment_start"))

        adjustment_end = datetime.date.fromisoformat(d.pop("adjustment_end"))

        reason = check_rfa_request_for_adjustment_reason(d.pop("reason"))

        def _parse_open_read(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        open_read = _parse_open_read(d.pop("open_read", UNSET))

        def _parse_close_read(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        close_read = _parse_close_read(d.pop("close_read", UNSET))

        def _parse_correction_factor(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        correction_factor = _parse_correction_factor(d.pop("correction_factor", UNSET))

        rfa_request_for_adjustment = cls(
            meter_serial=meter_serial,
            supply_point_class=supply_point_class,
            annual_quantity=annual_quantity,
            adjustment_start=adjustment_start,
            adjustment_end=adjustment_end,
            reason=reason,
            open_read=open_read,
            close_read=close_read,
            correction_factor=correction_factor,
        )

        return rfa_request_for_adjustment
