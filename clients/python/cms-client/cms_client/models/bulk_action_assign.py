from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_action_assign_action import BulkActionAssignAction, check_bulk_action_assign_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkActionAssign")


@_attrs_define
class BulkActionAssign:
    """
    Attributes:
        references (list[str]): the contacts to act on (at most 500)
        action (BulkActionAssignAction):
        assignee (None | str | Unset): the email of one of the holder's people, or null to unassign
    """

    references: list[str]
    action: BulkActionAssignAction
    assignee: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        references = self.references

        action: str = self.action

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "references": references,
                "action": action,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        references = cast(list[str], d.pop("references"))

        action = check_bulk_action_assign_action(d.pop("action"))

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        bulk_action_assign = cls(
            references=references,
            action=action,
            assignee=assignee,
        )

        return bulk_action_assign
