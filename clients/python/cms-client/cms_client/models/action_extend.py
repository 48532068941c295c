from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_extend_action import ActionExtendAction, check_action_extend_action

T = TypeVar("T", bound="ActionExtend")


@_attrs_define
class ActionExtend:
    """
    Attributes:
        action (ActionExtendAction):
        due_days (int): business days to add to the open correspondence's due date
        text (str): why (at most 4000 characters, whitespace around it dropped)
    """

    action: ActionExtendAction
    due_days: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        due_days = self.due_days

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "due_days": due_days,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_extend_action(d.pop("action"))

        due_days = d.pop("due_days")

        text = d.pop("text")

        action_extend = cls(
            action=action,
            due_days=due_days,
            text=text,
        )

        return action_extend
