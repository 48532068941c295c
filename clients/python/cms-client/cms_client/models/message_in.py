from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageIn")


@_attrs_define
class MessageIn:
    """
    Attributes:
        text (str | Unset): the message (required unless a template gives it; after the template's text when both are
            given)
        template (int | Unset): one of your organisation's message templates
    """

    text: str | Unset = UNSET
    template: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        template = self.template

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        template = d.pop("template", UNSET)

        message_in = cls(
            text=text,
            template=template,
        )

        return message_in
