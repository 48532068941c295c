from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.action_assign_action import ActionAssignAction, check_action_assign_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionAssign")


@_attrs_define
class ActionAssign:
    """
    Attributes:
        action (ActionAssignAction):
        assignee (None | str | Unset): the email of one of the holder's people, or null to unassign
    """

    action: ActionAssignAction
    assignee: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_assign_action(d.pop("action"))

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        action_assign = cls(
            action=action,
            assignee=assignee,
        )

        return action_assign
