from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.raise_tog_theft_of_gas_type import RaiseTOGTheftOfGasType, check_raise_tog_theft_of_gas_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tog_theft_of_gas import TOGTheftOfGas


T = TypeVar("T", bound="RaiseTOGTheftOfGas")


@_attrs_define
class RaiseTOGTheftOfGas:
    """Report suspected theft of gas at a meter point. Give when it began (not in the future), how, and what evidence there
    is. The CDSP may send a Request For Information; one unanswered by its due date resolves the contact on what is
    known. The CDSP raises to a Shipper a theft confirmed through TRAS (the Theft Risk Assessment Service), giving the
    TRAS notice reference and the volume in kWh; it starts with the CED TRAS. The Shipper accepts the volume, or objects
    with a reason and evidence within the window (10 business days unless the portal sets another); silence is
    acceptance once the window closes. The CDSP decides an objection: the volume stands or is amended. See the [Theft of
    gas guide](theft-of-gas). Raised by: shipper, gt and the CDSP; a caller who may not raise it is answered 403. A rule
    of the type beyond this schema (a date not in the future, an end not before its start ...) is answered 422 naming
    the field.

        Example:
            {'type': 'TOG', 'mprn': '3938424403', 'summary': 'Bypass found', 'theft_start': '2026-01-01', 'method':
                'bypass'}

        Attributes:
            type_ (RaiseTOGTheftOfGasType):
            mprn (str): Meter Point Reference Number, with its check digits
            summary (str): What the contact is about, in a sentence
            fields (TOGTheftOfGas):
            originator_ref (None | str | Unset): Your own reference, unique among your open contacts of this type
            to_org (None | str | Unset): CDSP callers only, and for them required: the code of the active participant
                organisation it is raised to (whose portal offers the type). A participant's contact goes to the CDSP, or where
                its type routes it.
    """

    type_: RaiseTOGTheftOfGasType
    mprn: str
    summary: str
    fields: TOGTheftOfGas
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
        from ..models.tog_theft_of_gas import TOGTheftOfGas  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_raise_tog_theft_of_gas_type(d.pop("type"))

        mprn = d.pop("mprn")

        summary = d.pop("summary")

        fields = TOGTheftOfGas.from_dict(d.pop("fields"))

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

        raise_tog_theft_of_gas = cls(
            type_=type_,
            mprn=mprn,
            summary=summary,
            fields=fields,
            originator_ref=originator_ref,
            to_org=to_org,
        )

        return raise_tog_theft_of_gas
