from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_mark_duplicate_action import ActionMarkDuplicateAction, check_action_mark_duplicate_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionMarkDuplicate")


@_attrs_define
class ActionMarkDuplicate:
    """
    Attributes:
        action (ActionMarkDuplicateAction):
        of (str): the reference of the contact this one duplicates (it is closed as such)
        text (str | Unset): why (optional) (at most 4000 characters, whitespace around it dropped)
    """

    action: ActionMarkDuplicateAction
    of: str
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        of = self.of

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "of": of,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_mark_duplicate_action(d.pop("action"))

        of = d.pop("of")

        text = d.pop("text", UNSET)

        action_mark_duplicate = cls(
            action=action,
            of=of,
            text=text,
        )

        return action_mark_duplicate
