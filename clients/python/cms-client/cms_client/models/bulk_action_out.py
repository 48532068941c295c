from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.refused_out import RefusedOut


T = TypeVar("T", bound="BulkActionOut")


@_attrs_define
class BulkActionOut:
    """
    Attributes:
        done (list[str]): references acted on
        refused (list[RefusedOut]): references not acted on, each with why
    """

    done: list[str]
    refused: list[RefusedOut]

    def to_dict(self) -> dict[str, Any]:
        done = self.done

        refused = []
        for refused_item_data in self.refused:
            refused_item = refused_item_data.to_dict()
            refused.append(refused_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "done": done,
                "refused": refused,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refused_out import RefusedOut  # noqa: PLC0415

        d = dict(src_dict)
        done = cast(list[str], d.pop("done"))

        refused = []
        _refused = d.pop("refused")
        for refused_item_data in _refused:
            refused_item = RefusedOut.from_dict(refused_item_data)

            refused.append(refused_item)

        bulk_action_out = cls(
            done=done,
            refused=refused,
        )

        return bulk_action_out
