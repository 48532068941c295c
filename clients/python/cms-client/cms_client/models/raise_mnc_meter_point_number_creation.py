from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.raise_mnc_meter_point_number_creation_type import (
    RaiseMNCMeterPointNumberCreationType,
    check_raise_mnc_meter_point_number_creation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mnc_meter_point_number_creation import MNCMeterPointNumberCreation


T = TypeVar("T", bound="RaiseMNCMeterPointNumberCreation")


@_attrs_define
class RaiseMNCMeterPointNumberCreation:
    """Ask for a Meter Point Reference Number for a supply that has none. Give the premises' address and postcode and an
    estimated AQ above zero. When the supply is on an IGT's network, name the IGT: the contact goes to it (IGT MPRNs
    start 74 to 77). Raised by: shipper; a caller who may not raise it is answered 403. A rule of the type beyond this
    schema (a date not in the future, an end not before its start ...) is answered 422 naming the field.

        Example:
            {'type': 'MNC', 'summary': 'New build', 'address': 'Plot 4, New Road', 'postcode': 'B2 2BB', 'estimated_aq':
                12000}

        Attributes:
            type_ (RaiseMNCMeterPointNumberCreationType):
            summary (str): What the contact is about, in a sentence
            fields (MNCMeterPointNumberCreation):
            mprn (None | str | Unset): Meter Point Reference Number, with its check digits
            originator_ref (None | str | Unset): Your own reference, unique among your open contacts of this type
            to_org (None | str | Unset): CDSP callers only, and for them required: the code of the active participant
                organisation it is raised to (whose portal offers the type). A participant's contact goes to the CDSP, or where
                its type routes it.
    """

    type_: RaiseMNCMeterPointNumberCreationType
    summary: str
    fields: MNCMeterPointNumberCreation
    mprn: None | str | Unset = UNSET
    originator_ref: None | str | Unset = UNSET
    to_org: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        summary = self.summary

        fields = self.fields.to_dict()

        mprn: None | str | Unset
        if isinstance(self.mprn, Unset):
            mprn = UNSET
        else:
            mprn = self.mprn

        originator_ref: None | str | Unset
        if isinstance(self.originator_ref, Unset):
            originator_ref = UNSET
        else:
            originator_ref = self.originator_ref

        to_org: None | str | Unset
        if isinstance(self.to_org, Unset):
            to_org = UNSET
        else:
            to_org = self.to_org

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "summary": summary,
                "fields": fields,
            }
        )
        if mprn is not UNSET:
            field_dict["mprn"] = mprn
        if originator_ref is not UNSET:
            field_dict["originator_ref"] = originator_ref
        if to_org is not UNSET:
            field_dict["to_org"] = to_org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mnc_meter_point_number_creation import MNCMeterPointNumberCreation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_raise_mnc_meter_point_number_creation_type(d.pop("type"))

        summary = d.pop("summary")

        fields = MNCMeterPointNumberCreation.from_dict(d.pop("fields"))

        def _parse_mprn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mprn = _parse_mprn(d.pop("mprn", UNSET))

        def _parse_originator_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        originator_ref = _parse_originator_ref(d.pop("originator_ref", UNSET))

        def _parse_to_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_org = _parse_to_org(d.pop("to_org", UNSET))

        raise_mnc_meter_point_number_creation = cls(
            type_=type_,
            summary=summary,
            fields=fields,
            mprn=mprn,
            originator_ref=originator_ref,
            to_org=to_org,
        )

        return raise_mnc_meter_point_number_creation
