from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowanceMonthOut")


@_attrs_define
class AllowanceMonthOut:
    """
    Attributes:
        organisation (str | Unset): organisation code
        month (str | Unset): YYYY-MM
        applied (bool | Unset): the organisation's portal marks contacts raised beyond the allowance
        allowance (int | None | Unset): the daily allowance: the highest daily average of valid queries over the three
            months before, plus 20%, rounded up; null with no history
        submitted (int | Unset):
        invalid (int | Unset): invalid verdicts given in the month
        valid (int | Unset):
        used (int | Unset):
        excess (int | Unset): outside the service-level liability
        days_over (int | Unset):
        refused_at_intake (int | Unset):
    """

    organisation: str | Unset = UNSET
    month: str | Unset = UNSET
    applied: bool | Unset = UNSET
    allowance: int | None | Unset = UNSET
    submitted: int | Unset = UNSET
    invalid: int | Unset = UNSET
    valid: int | Unset = UNSET
    used: int | Unset = UNSET
    excess: int | Unset = UNSET
    days_over: int | Unset = UNSET
    refused_at_intake: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation

        month = self.month

        applied = self.applied

        allowance: int | None | Unset
        if isinstance(self.allowance, Unset):
            allowance = UNSET
        else:
            allowance = self.allowance

        submitted = self.submitted

        invalid = self.invalid

        valid = self.valid

        used = self.used

        excess = self.excess

        days_over = self.days_over

        refused_at_intake = self.refused_at_intake

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if month is not UNSET:
            field_dict["month"] = month
        if applied is not UNSET:
            field_dict["applied"] = applied
        if allowance is not UNSET:
            field_dict["allowance"] = allowance
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if valid is not UNSET:
            field_dict["valid"] = valid
        if used is not UNSET:
            field_dict["used"] = used
        if excess is not UNSET:
            field_dict["excess"] = excess
        if days_over is not UNSET:
            field_dict["days_over"] = days_over
        if refused_at_intake is not UNSET:
            field_dict["refused_at_intake"] = refused_at_intake

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation = d.pop("organisation", UNSET)

        month = d.pop("month", UNSET)

        applied = d.pop("applied", UNSET)

        def _parse_allowance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allowance = _parse_allowance(d.pop("allowance", UNSET))

        submitted = d.pop("submitted", UNSET)

        invalid = d.pop("invalid", UNSET)

        valid = d.pop("valid", UNSET)

        used = d.pop("used", UNSET)

        excess = d.pop("excess", UNSET)

        days_over = d.pop("days_over", UNSET)

        refused_at_intake = d.pop("refused_at_intake", UNSET)

        allowance_month_out = cls(
            organisation=organisation,
            month=month,
            applied=applied,
            allowance=allowance,
            submitted=submitted,
            invalid=invalid,
            valid=valid,
            used=used,
            excess=excess,
            days_over=days_over,
            refused_at_intake=refused_at_intake,
        )

        return allowance_month_out
