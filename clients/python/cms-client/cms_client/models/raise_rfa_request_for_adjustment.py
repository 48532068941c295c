from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.raise_rfa_request_for_adjustment_type import (
    RaiseRFARequestForAdjustmentType,
    check_raise_rfa_request_for_adjustment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfa_request_for_adjustment import RFARequestForAdjustment


T = TypeVar("T", bound="RaiseRFARequestForAdjustment")


@_attrs_define
class RaiseRFARequestForAdjustment:
    """Ask for the energy of a meter point to be adjusted over a period. Allowed for supply point classes 2, 3 and 4: for a
    class 1 (daily metered) point raise a DMQ to your DMSP, who raises the RFA for you. The end date may not be before
    the start. Where the AQ is below 73,200 kWh the period must end after 1 June 2017 (it may span that date; the
    earlier part is not invoiced). Wrong adjustment dates are the commonest reason for rejection: check them against the
    meter's history. Raised by: shipper, dmsp; a caller who may not raise it is answered 403. A rule of the type beyond
    this schema (a date not in the future, an end not before its start ...) is answered 422 naming the field.

        Example:
            {'type': 'RFA', 'mprn': '3938424403', 'summary': 'Reads were estimated', 'meter_serial': 'M123',
                'supply_point_class': 3, 'annual_quantity': 50000, 'adjustment_start': '2025-01-01', 'adjustment_end':
                '2025-06-30', 'reason': 'inaccurate_read'}

        Attributes:
            type_ (RaiseRFARequestForAdjustmentType):
            mprn (str): Meter Point Reference Number, with its check digits
            summary (str): What the contact is about, in a sentence
            fields (RFARequestForAdjustment):
            originator_ref (None | str | Unset): Your own reference, unique among your open contacts of this type
            to_org (None | str | Unset): CDSP callers only, and for them required: the code of the active participant
                organisation it is raised to (whose portal offers the type). A participant's contact goes to the CDSP, or where
                its type routes it.
    """

    type_: RaiseRFARequestForAdjustmentType
    mprn: str
    summary: str
    fields: RFARequestForAdjustment
    originator_ref: None | str | Unset = UNSET
    to_org: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        mprn = self.mprn

        summary = self.summary

        fields = self.fields.to_dict()

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
                "mprn": mprn,
                "summary": summary,
                "fields": fields,
            }
        )
        if originator_ref is not UNSET:
            field_dict["originator_ref"] = originator_ref
        if to_org is not UNSET:
            field_dict["to_org"] = to_org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfa_request_for_adjustment import RFARequestForAdjustment  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_raise_rfa_request_for_adjustment_type(d.pop("type"))

        mprn = d.pop("mprn")

        summary = d.pop("summary")

        fields = RFARequestForAdjustment.from_dict(d.pop("fields"))

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

        raise_rfa_request_for_adjustment = cls(
            type_=type_,
            mprn=mprn,
            summary=summary,
            fields=fields,
            originator_ref=originator_ref,
            to_org=to_org,
        )

        return raise_rfa_request_for_adjustment
