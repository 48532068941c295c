from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_values_out_fields import TemplateValuesOutFields


T = TypeVar("T", bound="TemplateValuesOut")


@_attrs_define
class TemplateValuesOut:
    """
    Attributes:
        fields (TemplateValuesOutFields): the type's own fields the template fills in (see GET /contact-types)
        mprn (None | str | Unset):
        summary (None | str | Unset):
    """

    fields: TemplateValuesOutFields
    mprn: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields.to_dict()

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fields": fields,
            }
        )
        if mprn is not UNSET:
            field_dict["mprn"] = mprn
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_values_out_fields import TemplateValuesOutFields  # noqa: PLC0415

        d = dict(src_dict)
        fields = TemplateValuesOutFields.from_dict(d.pop("fields"))

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

        template_values_out = cls(
            fields=fields,
            mprn=mprn,
            summary=summary,
        )

        return template_values_out
