from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowanceDayOut")


@_attrs_define
class AllowanceDayOut:
    """
    Attributes:
        day (datetime.date | Unset):
        allowance (int | None | Unset):
        submitted (int | Unset):
        invalid (int | Unset): invalid verdicts given that day: the shadow log, deducted one for one
        used (int | Unset): submitted + invalid
        excess (int | Unset): used beyond the allowance: outside the service-level liability
        remaining (int | None | Unset):
        refused_at_intake (int | Unset): submissions refused at intake (never queries; they use no allowance)
    """

    day: datetime.date | Unset = UNSET
    allowance: int | None | Unset = UNSET
    submitted: int | Unset = UNSET
    invalid: int | Unset = UNSET
    used: int | Unset = UNSET
    excess: int | Unset = UNSET
    remaining: int | None | Unset = UNSET
    refused_at_intake: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        allowance: int | None | Unset
        if isinstance(self.allowance, Unset):
            allowance = UNSET
        else:
            allowance = self.allowance

        submitted = self.submitted

        invalid = self.invalid

        used = self.used

        excess = self.excess

        remaining: int | None | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        refused_at_intake = self.refused_at_intake

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if allowance is not UNSET:
            field_dict["allowance"] = allowance
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if used is not UNSET:
            field_dict["used"] = used
        if excess is not UNSET:
            field_dict["excess"] = excess
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if refused_at_intake is not UNSET:
            field_dict["refused_at_intake"] = refused_at_intake

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _day = d.pop("day", UNSET)
        day: datetime.date | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = datetime.date.fromisoformat(_day)

        def _parse_allowance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allowance = _parse_allowance(d.pop("allowance", UNSET))

        submitted = d.pop("submitted", UNSET)

        invalid = d.pop("invalid", UNSET)

        used = d.pop("used", UNSET)

        excess = d.pop("excess", UNSET)

        def _parse_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining = _parse_remaining(d.pop("remaining", UNSET))

        refused_at_intake = d.pop("refused_at_intake", UNSET)

        allowance_day_out = cls(
            day=day,
            allowance=allowance,
            submitted=submitted,
            invalid=invalid,
            used=used,
            excess=excess,
            remaining=remaining,
            refused_at_intake=refused_at_intake,
        )

        return allowance_day_out
