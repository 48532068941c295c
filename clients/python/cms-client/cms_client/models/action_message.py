from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_message_action import ActionMessageAction, check_action_message_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionMessage")


@_attrs_define
class ActionMessage:
    """
    Attributes:
        action (ActionMessageAction):
        text (str | Unset): the message (at most 4000 characters, whitespace around it dropped)
        template (int | Unset): one of your organisation's message templates that fits the contact (GET
            /templates?contact=...): its text, its variables filled from the contact, then `text` after it
    """

    action: ActionMessageAction
    text: str | Unset = UNSET
    template: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        text = self.text

        template = self.template

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_message_action(d.pop("action"))

        text = d.pop("text", UNSET)

        template = d.pop("template", UNSET)

        action_message = cls(
            action=action,
            text=text,
            template=template,
        )

        return action_message
