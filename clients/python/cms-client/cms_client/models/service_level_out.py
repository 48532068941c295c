from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceLevelOut")


@_attrs_define
class ServiceLevelOut:
    """
    Attributes:
        target_days (int | Unset):
        due_date (datetime.date | Unset):
        used_days (int | Unset):
        remaining_days (int | Unset):
        paused (bool | Unset):
        at_risk (bool | Unset):
        breached (bool | Unset):
    """

    target_days: int | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    used_days: int | Unset = UNSET
    remaining_days: int | Unset = UNSET
    paused: bool | Unset = UNSET
    at_risk: bool | Unset = UNSET
    breached: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target_days = self.target_days

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        used_days = self.used_days

        remaining_days = self.remaining_days

        paused = self.paused

        at_risk = self.at_risk

        breached = self.breached

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if target_days is not UNSET:
            field_dict["target_days"] = target_days
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if used_days is not UNSET:
            field_dict["used_days"] = used_days
        if remaining_days is not UNSET:
            field_dict["remaining_days"] = remaining_days
        if paused is not UNSET:
            field_dict["paused"] = paused
        if at_risk is not UNSET:
            field_dict["at_risk"] = at_risk
        if breached is not UNSET:
            field_dict["breached"] = breached

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_days = d.pop("target_days", UNSET)

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        used_days = d.pop("used_days", UNSET)

        remaining_days = d.pop("remaining_days", UNSET)

        paused = d.pop("paused", UNSET)

        at_risk = d.pop("at_risk", UNSET)

        breached = d.pop("breached", UNSET)

        service_level_out = cls(
            target_days=target_days,
            due_date=due_date,
            used_days=used_days,
            remaining_days=remaining_days,
            paused=paused,
            at_risk=at_risk,
            breached=breached,
        )

        return service_level_out
