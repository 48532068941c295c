from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.raise_aqq_annual_quantity_query_type import (
    RaiseAQQAnnualQuantityQueryType,
    check_raise_aqq_annual_quantity_query_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aqq_annual_quantity_query import AQQAnnualQuantityQuery


T = TypeVar("T", bound="RaiseAQQAnnualQuantityQuery")


@_attrs_define
class RaiseAQQAnnualQuantityQuery:
    """Ask for the AQ of a meter point to change because the use of the premises has changed. The proposed AQ must differ
    from the one on record by at least 20% and be at least 1 kWh; it applies from the effective date, which cannot be in
    the past. Raised by: shipper; a caller who may not raise it is answered 403. A rule of the type beyond this schema
    (a date not in the future, an end not before its start ...) is answered 422 naming the field.

        Example:
            {'type': 'AQQ', 'mprn': '3938424403', 'summary': 'Premises now a shop', 'current_aq': 10000, 'proposed_aq':
                20000, 'effective_date': '2026-04-17', 'reason': 'change_of_use'}

        Attributes:
            type_ (RaiseAQQAnnualQuantityQueryType):
            mprn (str): Meter Point Reference Number, with its check digits
            summary (str): What the contact is about, in a sentence
            fields (AQQAnnualQuantityQuery):
            originator_ref (None | str | Unset): Your own reference, unique among your open contacts of this type
            to_org (None | str | Unset): CDSP callers only, and for them required: the code of the active participant
                organisation it is raised to (whose portal offers the type). A participant's contact goes to the CDSP, or where
                its type routes it.
    """

    type_: RaiseAQQAnnualQuantityQueryType
    mprn: str
    summary: str
    fields: AQQAnnualQuantityQuery
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
        from ..models.aqq_annual_quantity_query import AQQAnnualQuantityQuery  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_raise_aqq_annual_quantity_query_type(d.pop("type"))

        mprn = d.pop("mprn")

        summary = d.pop("summary")

        fields = AQQAnnualQuantityQuery.from_dict(d.pop("fields"))

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

        raise_aqq_annual_quantity_query = cls(
            type_=type_,
            mprn=mprn,
            summary=summary,
            fields=fields,
            originator_ref=originator_ref,
            to_org=to_org,
        )

        return raise_aqq_annual_quantity_query
