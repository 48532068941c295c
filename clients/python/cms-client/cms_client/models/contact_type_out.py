from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_type_out_example_type_0 import ContactTypeOutExampleType0
    from ..models.field_out import FieldOut


T = TypeVar("T", bound="ContactTypeOut")


@_attrs_define
class ContactTypeOut:
    """
    Attributes:
        code (str):  Example: RFA.
        name (str):
        sub_service (str | Unset):
        raised_by (list[str] | Unset): participant types that may raise it
        cdsp_may_raise (bool | Unset):
        service_level_days (int | Unset): target in business days, as your tenant sets it
        mprn_required (bool | Unset):
        fields (list[FieldOut] | Unset): the type's own fields: what goes in a contact's fields
        batch_fields (list[str] | Unset): the type's fields after SUMMARY in a QMP Q01 record, in order
        example (ContactTypeOutExampleType0 | None | Unset): a valid body for POST /contacts raising one of this type
        batch_layout (str | Unset): the type's whole Q01 record Example:
            Q01,<ORIGINATOR_REF>,ENQ,<MPRN>,<SUMMARY>,<TOPIC>.
    """

    code: str
    name: str
    sub_service: str | Unset = UNSET
    raised_by: list[str] | Unset = UNSET
    cdsp_may_raise: bool | Unset = UNSET
    service_level_days: int | Unset = UNSET
    mprn_required: bool | Unset = UNSET
    fields: list[FieldOut] | Unset = UNSET
    batch_fields: list[str] | Unset = UNSET
    example: ContactTypeOutExampleType0 | None | Unset = UNSET
    batch_layout: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_type_out_example_type_0 import ContactTypeOutExampleType0  # noqa: PLC0415

        code = self.code

        name = self.name

        sub_service = self.sub_service

        raised_by: list[str] | Unset = UNSET
        if not isinstance(self.raised_by, Unset):
            raised_by = self.raised_by

        cdsp_may_raise = self.cdsp_may_raise

        service_level_days = self.service_level_days

        mprn_required = self.mprn_required

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        batch_fields: list[str] | Unset = UNSET
        if not isinstance(self.batch_fields, Unset):
            batch_fields = self.batch_fields

        example: dict[str, Any] | None | Unset
        if isinstance(self.example, Unset):
            example = UNSET
        elif isinstance(self.example, ContactTypeOutExampleType0):
            example = self.example.to_dict()
        else:
            example = self.example

        batch_layout = self.batch_layout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if sub_service is not UNSET:
            field_dict["sub_service"] = sub_service
        if raised_by is not UNSET:
            field_dict["raised_by"] = raised_by
        if cdsp_may_raise is not UNSET:
            field_dict["cdsp_may_raise"] = cdsp_may_raise
        if service_level_days is not UNSET:
            field_dict["service_level_days"] = service_level_days
        if mprn_required is not UNSET:
            field_dict["mprn_required"] = mprn_required
        if fields is not UNSET:
            field_dict["fields"] = fields
        if batch_fields is not UNSET:
            field_dict["batch_fields"] = batch_fields
        if example is not UNSET:
            field_dict["example"] = example
        if batch_layout is not UNSET:
            field_dict["batch_layout"] = batch_layout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_type_out_example_type_0 import ContactTypeOutExampleType0  # noqa: PLC0415
        from ..models.field_out import FieldOut  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        sub_service = d.pop("sub_service", UNSET)

        raised_by = cast(list[str], d.pop("raised_by", UNSET))

        cdsp_may_raise = d.pop("cdsp_may_raise", UNSET)

        service_level_days = d.pop("service_level_days", UNSET)

        mprn_required = d.pop("mprn_required", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[FieldOut] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldOut.from_dict(fields_item_data)

                fields.append(fields_item)

        batch_fields = cast(list[str], d.pop("batch_fields", UNSET))

        def _parse_example(data: object) -> ContactTypeOutExampleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                example_type_0 = ContactTypeOutExampleType0.from_dict(data)

                return example_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactTypeOutExampleType0 | None | Unset, data)

        example = _parse_example(d.pop("example", UNSET))

        batch_layout = d.pop("batch_layout", UNSET)

        contact_type_out = cls(
            code=code,
            name=name,
            sub_service=sub_service,
            raised_by=raised_by,
            cdsp_may_raise=cdsp_may_raise,
            service_level_days=service_level_days,
            mprn_required=mprn_required,
            fields=fields,
            batch_fields=batch_fields,
            example=example,
            batch_layout=batch_layout,
        )

        return contact_type_out
