from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_accept_action import ActionAcceptAction, check_action_accept_action

T = TypeVar("T", bound="ActionAccept")


@_attrs_define
class ActionAccept:
    """
    Attributes:
        action (ActionAcceptAction):
    """

    action: ActionAcceptAction

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
        action = check_action_accept_action(d.pop("action"))

        action_accept = cls(
            action=action,
        )

        return action_accept
