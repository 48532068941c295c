from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowance_base_out import AllowanceBaseOut
    from ..models.allowance_day_out import AllowanceDayOut
    from ..models.allowance_shadow_out import AllowanceShadowOut


T = TypeVar("T", bound="AllowanceOrganisationOut")


@_attrs_define
class AllowanceOrganisationOut:
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
        baseline (list[AllowanceBaseOut] | Unset): the three months that set the allowance
        days (list[AllowanceDayOut] | Unset):
        shadow_log (list[AllowanceShadowOut] | Unset): the invalid queries cleared in the month (at most 500; `invalid`
            counts them all)
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
    baseline: list[AllowanceBaseOut] | Unset = UNSET
    days: list[AllowanceDayOut] | Unset = UNSET
    shadow_log: list[AllowanceShadowOut] | Unset = UNSET

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

        baseline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.baseline, Unset):
            baseline = []
            for baseline_item_data in self.baseline:
                baseline_item = baseline_item_data.to_dict()
                baseline.append(baseline_item)

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        shadow_log: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shadow_log, Unset):
            shadow_log = []
            for shadow_log_item_data in self.shadow_log:
                shadow_log_item = shadow_log_item_data.to_dict()
                shadow_log.append(shadow_log_item)

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
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if days is not UNSET:
            field_dict["days"] = days
        if shadow_log is not UNSET:
            field_dict["shadow_log"] = shadow_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowance_base_out import AllowanceBaseOut  # noqa: PLC0415
        from ..models.allowance_day_out import AllowanceDayOut  # noqa: PLC0415
        from ..models.allowance_shadow_out import AllowanceShadowOut  # noqa: PLC0415

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

        _baseline = d.pop("baseline", UNSET)
        baseline: list[AllowanceBaseOut] | Unset = UNSET
        if _baseline is not UNSET:
            baseline = []
            for baseline_item_data in _baseline:
                baseline_item = AllowanceBaseOut.from_dict(baseline_item_data)

                baseline.append(baseline_item)

        _days = d.pop("days", UNSET)
        days: list[AllowanceDayOut] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = AllowanceDayOut.from_dict(days_item_data)

                days.append(days_item)

        _shadow_log = d.pop("shadow_log", UNSET)
        shadow_log: list[AllowanceShadowOut] | Unset = UNSET
        if _shadow_log is not UNSET:
            shadow_log = []
            for shadow_log_item_data in _shadow_log:
                shadow_log_item = AllowanceShadowOut.from_dict(shadow_log_item_data)

                shadow_log.append(shadow_log_item)

        allowance_organisation_out = cls(
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
            baseline=baseline,
            days=days,
            shadow_log=shadow_log,
        )

        return allowance_organisation_out
