from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.standards_organisation_out_allowance import (
    StandardsOrganisationOutAllowance,
    check_standards_organisation_out_allowance,
)
from ..models.standards_organisation_out_sector import (
    StandardsOrganisationOutSector,
    check_standards_organisation_out_sector,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardsOrganisationOut")


@_attrs_define
class StandardsOrganisationOut:
    """
    Attributes:
        sector (StandardsOrganisationOutSector | Unset): market sector: ic (Industrial & Commercial), domestic
            (Domestic), unknown (Sector not known)
        allowance (StandardsOrganisationOutAllowance | Unset): inside or outside the raiser's query allowance (by
            sector, also all: both sides together)
        resolved (int | Unset): queries resolved in the period
        within_4 (int | Unset): resolved within 4 business days
        within_4_pct (float | None | Unset): within 4: share of the resolved queries, in per cent to one decimal place
        within_10 (int | Unset): resolved within 10 business days
        within_10_pct (float | None | Unset): within 10: share of the resolved queries, in per cent to one decimal place
        within_20 (int | Unset): resolved within 20 business days
        within_20_pct (float | None | Unset): within 20: share of the resolved queries, in per cent to one decimal place
        organisation (str | Unset): the raiser's organisation code
    """

    sector: StandardsOrganisationOutSector | Unset = UNSET
    allowance: StandardsOrganisationOutAllowance | Unset = UNSET
    resolved: int | Unset = UNSET
    within_4: int | Unset = UNSET
    within_4_pct: float | None | Unset = UNSET
    within_10: int | Unset = UNSET
    within_10_pct: float | None | Unset = UNSET
    within_20: int | Unset = UNSET
    within_20_pct: float | None | Unset = UNSET
    organisation: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sector: str | Unset = UNSET
        if not isinstance(self.sector, Unset):
            sector = self.sector

        allowance: str | Unset = UNSET
        if not isinstance(self.allowance, Unset):
            allowance = self.allowance

        resolved = self.resolved

        within_4 = self.within_4

        within_4_pct: float | None | Unset
        if isinstance(self.within_4_pct, Unset):
            within_4_pct = UNSET
        else:
            within_4_pct = self.within_4_pct

        within_10 = self.within_10

        within_10_pct: float | None | Unset
        if isinstance(self.within_10_pct, Unset):
            within_10_pct = UNSET
        else:
            within_10_pct = self.within_10_pct

        within_20 = self.within_20

        within_20_pct: float | None | Unset
        if isinstance(self.within_20_pct, Unset):
            within_20_pct = UNSET
        else:
            within_20_pct = self.within_20_pct

        organisation = self.organisation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sector is not UNSET:
            field_dict["sector"] = sector
        if allowance is not UNSET:
            field_dict["allowance"] = allowance
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if within_4 is not UNSET:
            field_dict["within_4"] = within_4
        if within_4_pct is not UNSET:
            field_dict["within_4_pct"] = within_4_pct
        if within_10 is not UNSET:
            field_dict["within_10"] = within_10
        if within_10_pct is not UNSET:
            field_dict["within_10_pct"] = within_10_pct
        if within_20 is not UNSET:
            field_dict["within_20"] = within_20
        if within_20_pct is not UNSET:
            field_dict["within_20_pct"] = within_20_pct
        if organisation is not UNSET:
            field_dict["organisation"] = organisation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sector = d.pop("sector", UNSET)
        sector: StandardsOrganisationOutSector | Unset
        if isinstance(_sector, Unset):
            sector = UNSET
        else:
            sector = check_standards_organisation_out_sector(_sector)

        _allowance = d.pop("allowance", UNSET)
        allowance: StandardsOrganisationOutAllowance | Unset
        if isinstance(_allowance, Unset):
            allowance = UNSET
        else:
            allowance = check_standards_organisation_out_allowance(_allowance)

        resolved = d.pop("resolved", UNSET)

        within_4 = d.pop("within_4", UNSET)

        def _parse_within_4_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        within_4_pct = _parse_within_4_pct(d.pop("within_4_pct", UNSET))

        within_10 = d.pop("within_10", UNSET)

        def _parse_within_10_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        within_10_pct = _parse_within_10_pct(d.pop("within_10_pct", UNSET))

        within_20 = d.pop("within_20", UNSET)

        def _parse_within_20_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        within_20_pct = _parse_within_20_pct(d.pop("within_20_pct", UNSET))

        organisation = d.pop("organisation", UNSET)

        standards_organisation_out = cls(
            sector=sector,
            allowance=allowance,
            resolved=resolved,
            within_4=within_4,
            within_4_pct=within_4_pct,
            within_10=within_10,
            within_10_pct=within_10_pct,
            within_20=within_20,
            within_20_pct=within_20_pct,
            organisation=organisation,
        )

        return standards_organisation_out
