from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.layout_cell_out import LayoutCellOut


T = TypeVar("T", bound="LayoutOut")


@_attrs_define
class LayoutOut:
    """
    Attributes:
        version (str): the version of this document's shape (the README's schema change log)
        code (str):  Example: ENQ.
        name (str):
        file_type (str):  Example: QMP.
        record_type (str):  Example: Q01.
        layout (str):  Example: Q01,<ORIGINATOR_REF>,ENQ,<MPRN>,<SUMMARY>,<TOPIC>,<QUESTION>.
        cells (list[LayoutCellOut]): every cell of the record, in order. Cells are comma-separated (RFC 4180 quoting);
            trailing empty cells may be left out
        example (None | str | Unset): a record of this type as it would appear in a file
    """

    version: str
    code: str
    name: str
    file_type: str
    record_type: str
    layout: str
    cells: list[LayoutCellOut]
    example: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        code = self.code

        name = self.name

        file_type = self.file_type

        record_type = self.record_type

        layout = self.layout

        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        example: None | str | Unset
        if isinstance(self.example, Unset):
            example = UNSET
        else:
            example = self.example

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
                "code": code,
                "name": name,
                "file_type": file_type,
                "record_type": record_type,
                "layout": layout,
                "cells": cells,
            }
        )
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.layout_cell_out import LayoutCellOut  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        code = d.pop("code")

        name = d.pop("name")

        file_type = d.pop("file_type")

        record_type = d.pop("record_type")

        layout = d.pop("layout")

        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = LayoutCellOut.from_dict(cells_item_data)

            cells.append(cells_item)

        def _parse_example(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        example = _parse_example(d.pop("example", UNSET))

        layout_out = cls(
            version=version,
            code=code,
            name=name,
            file_type=file_type,
            record_type=record_type,
            layout=layout,
            cells=cells,
            example=example,
        )

        return layout_out
