from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_action_close_action import BulkActionCloseAction, check_bulk_action_close_action

T = TypeVar("T", bound="BulkActionClose")


@_attrs_define
class BulkActionClose:
    """
    Attributes:
        references (list[str]): the contacts to act on (at most 500)
        action (BulkActionCloseAction):
    """

    references: list[str]
    action: BulkActionCloseAction

    def to_dict(self) -> dict[str, Any]:
        references = self.references

        action: str = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "references": references,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        references = cast(list[str], d.pop("references"))

        action = check_bulk_action_close_action(d.pop("action"))

        bulk_action_close = cls(
            references=references,
            action=action,
        )

        return bulk_action_close
