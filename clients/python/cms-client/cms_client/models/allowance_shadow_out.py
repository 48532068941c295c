from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowanceShadowOut")


@_attrs_define
class AllowanceShadowOut:
    """
    Attributes:
        reference (str | Unset):
        type_ (str | Unset):
        raised_at (datetime.datetime | Unset):
        verdict_at (datetime.datetime | Unset): when it was cleared
        verdict (str | Unset): no_challenge or incorrect_data
    """

    reference: str | Unset = UNSET
    type_: str | Unset = UNSET
    raised_at: datetime.datetime | Unset = UNSET
    verdict_at: datetime.datetime | Unset = UNSET
    verdict: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        type_ = self.type_

        raised_at: str | Unset = UNSET
        if not isinstance(self.raised_at, Unset):
            raised_at = self.raised_at.isoformat()

        verdict_at: str | Unset = UNSET
        if not isinstance(self.verdict_at, Unset):
            verdict_at = self.verdict_at.isoformat()

        verdict = self.verdict

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reference is not UNSET:
            field_dict["reference"] = reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if raised_at is not UNSET:
            field_dict["raised_at"] = raised_at
        if verdict_at is not UNSET:
            field_dict["verdict_at"] = verdict_at
        if verdict is not UNSET:
            field_dict["verdict"] = verdict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference", UNSET)

        type_ = d.pop("type", UNSET)

        _raised_at = d.pop("raised_at", UNSET)
        raised_at: datetime.datetime | Unset
        if isinstance(_raised_at, Unset):
            raised_at = UNSET
        else:
            raised_at = datetime.datetime.fromisoformat(_raised_at)

        _verdict_at = d.pop("verdict_at", UNSET)
        verdict_at: datetime.datetime | Unset
        if isinstance(_verdict_at, Unset):
            verdict_at = UNSET
        else:
            verdict_at = datetime.datetime.fromisoformat(_verdict_at)

        verdict = d.pop("verdict", UNSET)

        allowance_shadow_out = cls(
            reference=reference,
            type_=type_,
            raised_at=raised_at,
            verdict_at=verdict_at,
            verdict=verdict,
        )

        return allowance_shadow_out
