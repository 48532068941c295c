from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_challenge_action import ActionChallengeAction, check_action_challenge_action

T = TypeVar("T", bound="ActionChallenge")


@_attrs_define
class ActionChallenge:
    """
    Attributes:
        action (ActionChallengeAction):
        text (str): why you challenge the resolution (at most 4000 characters, whitespace around it dropped)
    """

    action: ActionChallengeAction
    text: str

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_challenge_action(d.pop("action"))

        text = d.pop("text")

        action_challenge = cls(
            action=action,
            text=text,
        )

        return action_challenge
