from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.raise_from_template_in_fields import RaiseFromTemplateInFields


T = TypeVar("T", bound="RaiseFromTemplateIn")


@_attrs_define
class RaiseFromTemplateIn:
    """
    Attributes:
        mprn (None | str | Unset): replaces the template's MPRN (null: raise without one)
        summary (None | str | Unset): replaces the template's summary
        originator_ref (None | str | Unset): your own reference (a template keeps none; blank: none)
        fields (RaiseFromTemplateInFields | Unset): the template type's own fields to give or replace (its <TYPE>Fields
            schema); a field given null is left out (another type's field is answered 422)
        to_org (None | str | Unset): CDSP callers only, and for them required: the participant organisation's code
    """

    mprn: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    originator_ref: None | str | Unset = UNSET
    fields: RaiseFromTemplateInFields | Unset = UNSET
    to_org: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mprn: None | str | Unset
        if isinstance(self.mprn, Unset):
            mprn = UNSET
        else:
            mprn = self.mprn

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        originator_ref: None | str | Unset
        if isinstance(self.originator_ref, Unset):
            originator_ref = UNSET
        else:
            originator_ref = self.originator_ref

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        to_org: None | str | Unset
        if isinstance(self.to_org, Unset):
            to_org = UNSET
        else:
            to_org = self.to_org

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mprn is not UNSET:
            field_dict["mprn"] = mprn
        if summary is not UNSET:
            field_dict["summary"] = summary
        if originator_ref is not UNSET:
            field_dict["originator_ref"] = originator_ref
        if fields is not UNSET:
            field_dict["fields"] = fields
        if to_org is not UNSET:
            field_dict["to_org"] = to_org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raise_from_template_in_fields import RaiseFromTemplateInFields  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_mprn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mprn = _parse_mprn(d.pop("mprn", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_originator_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        originator_ref = _parse_originator_ref(d.pop("originator_ref", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: RaiseFromTemplateInFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = RaiseFromTemplateInFields.from_dict(_fields)

        def _parse_to_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_org = _parse_to_org(d.pop("to_org", UNSET))

        raise_from_template_in = cls(
            mprn=mprn,
            summary=summary,
            originator_ref=originator_ref,
            fields=fields,
            to_org=to_org,
        )

        return raise_from_template_in
