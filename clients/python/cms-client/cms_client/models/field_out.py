from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldOut")


@_attrs_define
class FieldOut:
    """
    Attributes:
        name (str): its key in a contact's fields
        type_ (str): JSON type: string, integer, number, boolean, array, object
        required (bool):
        format_ (str | Unset): what a string holds: date (YYYY-MM-DD), decimal, mprn, postcode, organisation-code, date-
            time Example: date.
        description (str | Unset):
        label (str | Unset): what the portal's form calls it
        enum (list[Any] | Unset): the only values allowed
        min_length (int | Unset): fewest characters
        max_length (int | Unset): most characters
        pattern (str | Unset): a regular expression the value matches
        minimum (float | Unset): the least value allowed
        maximum (float | Unset): the greatest value allowed
        batch_position (int | Unset): its place after SUMMARY in a batch record (1 is the first)
    """

    name: str
    type_: str
    required: bool
    format_: str | Unset = UNSET
    description: str | Unset = UNSET
    label: str | Unset = UNSET
    enum: list[Any] | Unset = UNSET
    min_length: int | Unset = UNSET
    max_length: int | Unset = UNSET
    pattern: str | Unset = UNSET
    minimum: float | Unset = UNSET
    maximum: float | Unset = UNSET
    batch_position: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        required = self.required

        format_ = self.format_

        description = self.description

        label = self.label

        enum: list[Any] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        min_length = self.min_length

        max_length = self.max_length

        pattern = self.pattern

        minimum = self.minimum

        maximum = self.maximum

        batch_position = self.batch_position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
                "required": required,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if description is not UNSET:
            field_dict["description"] = description
        if label is not UNSET:
            field_dict["label"] = label
        if enum is not UNSET:
            field_dict["enum"] = enum
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if batch_position is not UNSET:
            field_dict["batch_position"] = batch_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        required = d.pop("required")

        format_ = d.pop("format", UNSET)

        description = d.pop("description", UNSET)

        label = d.pop("label", UNSET)

        enum = cast(list[Any], d.pop("enum", UNSET))

        min_length = d.pop("minLength", UNSET)

        max_length = d.pop("maxLength", UNSET)

        pattern = d.pop("pattern", UNSET)

        minimum = d.pop("minimum", UNSET)

        maximum = d.pop("maximum", UNSET)

        batch_position = d.pop("batch_position", UNSET)

        field_out = cls(
            name=name,
            type_=type_,
            required=required,
            format_=format_,
            description=description,
            label=label,
            enum=enum,
            min_length=min_length,
            max_length=max_length,
            pattern=pattern,
            minimum=minimum,
            maximum=maximum,
            batch_position=batch_position,
        )

        return field_out
