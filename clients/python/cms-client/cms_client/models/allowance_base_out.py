from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowanceBaseOut")


@_attrs_define
class AllowanceBaseOut:
    """
    Attributes:
        month (str | Unset): YYYY-MM
        submitted (int | Unset):
        invalid (int | Unset): invalid verdicts given in the month
        valid (int | Unset): submitted less invalid (never below 0)
        business_days (int | Unset):
        daily_average (float | Unset):
    """

    month: str | Unset = UNSET
    submitted: int | Unset = UNSET
    invalid: int | Unset = UNSET
    valid: int | Unset = UNSET
    business_days: int | Unset = UNSET
    daily_average: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        submitted = self.submitted

        invalid = self.invalid

        valid = self.valid

        business_days = self.business_days

        daily_average = self.daily_average

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if month is not UNSET:
            field_dict["month"] = month
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if valid is not UNSET:
            field_dict["valid"] = valid
        if business_days is not UNSET:
            field_dict["business_days"] = business_days
        if daily_average is not UNSET:
            field_dict["daily_average"] = daily_average

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month", UNSET)

        submitted = d.pop("submitted", UNSET)

        invalid = d.pop("invalid", UNSET)

        valid = d.pop("valid", UNSET)

        business_days = d.pop("business_days", UNSET)

        daily_average = d.pop("daily_average", UNSET)

        allowance_base_out = cls(
            month=month,
            submitted=submitted,
            invalid=invalid,
            valid=valid,
            business_days=business_days,
            daily_average=daily_average,
        )

        return allowance_base_out
