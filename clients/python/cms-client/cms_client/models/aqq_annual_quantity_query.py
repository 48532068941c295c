from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.aqq_annual_quantity_query_reason import (
    AQQAnnualQuantityQueryReason,
    check_aqq_annual_quantity_query_reason,
)

T = TypeVar("T", bound="AQQAnnualQuantityQuery")


@_attrs_define
class AQQAnnualQuantityQuery:
    """
    Attributes:
        current_aq (int): The AQ on record, kWh
        proposed_aq (int): The AQ you propose, kWh
        effective_date (datetime.date): From when it applies
        reason (AQQAnnualQuantityQueryReason): Why: change_of_use, vacant_premises, meter_fault, demolition, other
    """

    current_aq: int
    proposed_aq: int
    effective_date: datetime.date
    reason: AQQAnnualQuantityQueryReason

    def to_dict(self) -> dict[str, Any]:
        current_aq = self.current_aq

        proposed_aq = self.proposed_aq

        effective_date = self.effective_date.isoformat()

        reason: str = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "current_aq": current_aq,
                "proposed_aq": proposed_aq,
                "effective_date": effective_date,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_aq = d.pop("current_aq")

        proposed_aq = d.pop("proposed_aq")

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        reason = check_aqq_annual_quantity_query_reason(d.pop("reason"))

        aqq_annual_quantity_query = cls(
            current_aq=current_aq,
            proposed_aq=proposed_aq,
            effective_date=effective_date,
            reason=reason,
        )

        return aqq_annual_quantity_query
