from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_start_action import ActionStartAction, check_action_start_action

T = TypeVar("T", bound="ActionStart")


@_attrs_define
class ActionStart:
    """
    Attributes:
        action (ActionStartAction):
    """

    action: ActionStartAction

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
        action = check_action_start_action(d.pop("action"))

        action_start = cls(
            action=action,
        )

        return action_start
