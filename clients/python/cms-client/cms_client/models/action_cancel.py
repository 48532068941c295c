from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_cancel_action import ActionCancelAction, check_action_cancel_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionCancel")


@_attrs_define
class ActionCancel:
    """
    Attributes:
        action (ActionCancelAction):
        text (str | Unset): why (optional) (at most 4000 characters, whitespace around it dropped)
    """

    action: ActionCancelAction
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_cancel_action(d.pop("action"))

        text = d.pop("text", UNSET)

        action_cancel = cls(
            action=action,
            text=text,
        )

        return action_cancel
