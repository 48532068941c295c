from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_close_action import ActionCloseAction, check_action_close_action

T = TypeVar("T", bound="ActionClose")


@_attrs_define
class ActionClose:
    """
    Attributes:
        action (ActionCloseAction):
    """

    action: ActionCloseAction

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_close_action(d.pop("action"))

        action_close = cls(
            action=action,
        )

        return action_close
