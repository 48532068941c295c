from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standards_organisation_out import StandardsOrganisationOut
    from ..models.standards_sector_out import StandardsSectorOut
    from ..models.standards_type_out import StandardsTypeOut


T = TypeVar("T", bound="StandardsOut")


@_attrs_define
class StandardsOut:
    """
    Attributes:
        from_ (str | Unset): the first month, YYYY-MM
        to (str | Unset): the last month, YYYY-MM
        organisation (None | str | Unset): the organisation whose queries are counted; null (CDSP staff): every
            organisation's
        by_type (list[StandardsTypeOut] | Unset): by contact type, sector and side of the allowance
        by_sector (list[StandardsSectorOut] | Unset): every type together, by sector and side of the allowance
        by_organisation (list[StandardsOrganisationOut] | Unset): CDSP staff only: by the raiser's organisation, sector
            and side of the allowance
    """

    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    organisation: None | str | Unset = UNSET
    by_type: list[StandardsTypeOut] | Unset = UNSET
    by_sector: list[StandardsSectorOut] | Unset = UNSET
    by_organisation: list[StandardsOrganisationOut] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        organisation: None | str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        by_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_type, Unset):
            by_type = []
            for by_type_item_data in self.by_type:
                by_type_item = by_type_item_data.to_dict()
                by_type.append(by_type_item)

        by_sector: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_sector, Unset):
            by_sector = []
            for by_sector_item_data in self.by_sector:
                by_sector_item = by_sector_item_data.to_dict()
                by_sector.append(by_sector_item)

        by_organisation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_organisation, Unset):
            by_organisation = []
            for by_organisation_item_data in self.by_organisation:
                by_organisation_item = by_organisation_item_data.to_dict()
                by_organisation.append(by_organisation_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if by_type is not UNSET:
            field_dict["by_type"] = by_type
        if by_sector is not UNSET:
            field_dict["by_sector"] = by_sector
        if by_organisation is not UNSET:
            field_dict["by_organisation"] = by_organisation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standards_organisation_out import StandardsOrganisationOut  # noqa: PLC0415
        from ..models.standards_sector_out import StandardsSectorOut  # noqa: PLC0415
        from ..models.standards_type_out import StandardsTypeOut  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        def _parse_organisation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        _by_type = d.pop("by_type", UNSET)
        by_type: list[StandardsTypeOut] | Unset = UNSET
        if _by_type is not UNSET:
            by_type = []
            for by_type_item_data in _by_type:
                by_type_item = StandardsTypeOut.from_dict(by_type_item_data)

                by_type.append(by_type_item)

        _by_sector = d.pop("by_sector", UNSET)
        by_sector: list[StandardsSectorOut] | Unset = UNSET
        if _by_sector is not UNSET:
            by_sector = []
            for by_sector_item_data in _by_sector:
                by_sector_item = StandardsSectorOut.from_dict(by_sector_item_data)

                by_sector.append(by_sector_item)

        _by_organisation = d.pop("by_organisation", UNSET)
        by_organisation: list[StandardsOrganisationOut] | Unset = UNSET
        if _by_organisation is not UNSET:
            by_organisation = []
            for by_organisation_item_data in _by_organisation:
                by_organisation_item = StandardsOrganisationOut.from_dict(by_organisation_item_data)

                by_organisation.append(by_organisation_item)

        standards_out = cls(
            from_=from_,
            to=to,
            organisation=organisation,
            by_type=by_type,
            by_sector=by_sector,
            by_organisation=by_organisation,
        )

        return standards_out
