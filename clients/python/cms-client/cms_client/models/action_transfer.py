from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_transfer_action import ActionTransferAction, check_action_transfer_action

T = TypeVar("T", bound="ActionTransfer")


@_attrs_define
class ActionTransfer:
    """
    Attributes:
        action (ActionTransferAction):
        to_org (str): another organisation of the holder's group
    """

    action: ActionTransferAction
    to_org: str

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        to_org = self.to_org

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "to_org": to_org,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_transfer_action(d.pop("action"))

        to_org = d.pop("to_org")

        action_transfer = cls(
            action=action,
            to_org=to_org,
        )

        return action_transfer
