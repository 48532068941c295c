from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LayoutCellOut")


@_attrs_define
class LayoutCellOut:
    """
    Attributes:
        position (int): the cell's place in the record, counting RECORD_TYPE as 1
        name (str): the cell's name in the layout Example: TOPIC.
        type_ (str): text, integer, decimal, number, date or boolean: how the cell's text is read
        required (bool): whether the cell must hold a value (an empty cell is a value not given)
        field (str | Unset): what it fills in the API's body: a top-level key (mprn, summary, originator_ref) or a key
            of `fields`; absent for the fixed cells
        format_ (str | Unset): mprn, postcode or organisation-code for such text; YYYYMMDD for dates
        allowed_values (list[Any] | Unset): the only values allowed
        min_length (int | Unset): fewest characters
        max_length (int | Unset): most characters
        pattern (str | Unset): a regular expression the value matches
        minimum (float | Unset): the least value allowed
        maximum (float | Unset): the greatest value allowed
        description (str | Unset):
    """

    position: int
    name: str
    type_: str
    required: bool
    field: str | Unset = UNSET
    format_: str | Unset = UNSET
    allowed_values: list[Any] | Unset = UNSET
    min_length: int | Unset = UNSET
    max_length: int | Unset = UNSET
    pattern: str | Unset = UNSET
    minimum: float | Unset = UNSET
    maximum: float | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        name = self.name

        type_ = self.type_

        required = self.required

        field = self.field

        format_ = self.format_

        allowed_values: list[Any] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values

        min_length = self.min_length

        max_length = self.max_length

        pattern = self.pattern

        minimum = self.minimum

        maximum = self.maximum

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "name": name,
                "type": type_,
                "required": required,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if format_ is not UNSET:
            field_dict["format"] = format_
        if allowed_values is not UNSET:
            field_dict["allowed_values"] = allowed_values
        if min_length is not UNSET:
            field_dict["min_length"] = min_length
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        name = d.pop("name")

        type_ = d.pop("type")

        required = d.pop("required")

        field = d.pop("field", UNSET)

        format_ = d.pop("format", UNSET)

        allowed_values = cast(list[Any], d.pop("allowed_values", UNSET))

        min_length = d.pop("min_length", UNSET)

        max_length = d.pop("max_length", UNSET)

        pattern = d.pop("pattern", UNSET)

        minimum = d.pop("minimum", UNSET)

        maximum = d.pop("maximum", UNSET)

        description = d.pop("description", UNSET)

        layout_cell_out = cls(
            position=position,
            name=name,
            type_=type_,
            required=required,
            field=field,
            format_=format_,
            allowed_values=allowed_values,
            min_length=min_length,
            max_length=max_length,
            pattern=pattern,
            minimum=minimum,
            maximum=maximum,
            description=description,
        )

        return layout_cell_out
