from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.raise_fom_found_meter_point_type import (
    RaiseFOMFoundMeterPointType,
    check_raise_fom_found_meter_point_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fom_found_meter_point import FOMFoundMeterPoint


T = TypeVar("T", bound="RaiseFOMFoundMeterPoint")


@_attrs_define
class RaiseFOMFoundMeterPoint:
    """Report a meter found on site that has no meter point in the records. Give its serial number, where it is and the day
    you found it. Name the Network the meter is on and the contact goes straight to it; otherwise the CDSP finds the
    Network. Raised by: uip, gt, igt; a caller who may not raise it is answered 403. A rule of the type beyond this
    schema (a date not in the future, an end not before its start ...) is answered 422 naming the field.

        Example:
            {'type': 'FOM', 'summary': 'Meter found in a cellar', 'meter_serial': 'F1', 'address': '1 High St', 'postcode':
                'b11aa', 'found_date': '2026-04-01', 'network': 'NWG'}

        Attributes:
            type_ (RaiseFOMFoundMeterPointType):
            summary (str): What the contact is about, in a sentence
            fields (FOMFoundMeterPoint):
            mprn (None | str | Unset): Meter Point Reference Number, with its check digits
            originator_ref (None | str | Unset): Your own reference, unique among your open contacts of this type
            to_org (None | str | Unset): CDSP callers only, and for them required: the code of the active participant
                organisation it is raised to (whose portal offers the type). A participant's contact goes to the CDSP, or where
                its type routes it.
    """

    type_: RaiseFOMFoundMeterPointType
    summary: str
    fields: FOMFoundMeterPoint
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
        from ..models.fom_found_meter_point import FOMFoundMeterPoint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_raise_fom_found_meter_point_type(d.pop("type"))

        summary = d.pop("summary")

        fields = FOMFoundMeterPoint.from_dict(d.pop("fields"))

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

        raise_fom_found_meter_point = cls(
            type_=type_,
            summary=summary,
            fields=fields,
            mprn=mprn,
            originator_ref=originator_ref,
            to_org=to_org,
        )

        return raise_fom_found_meter_point
