from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageOut")


@_attrs_define
class MessageOut:
    """
    Attributes:
        id (int | Unset):
        at (datetime.datetime | Unset):
        author_org (str | Unset):
        body (str | Unset):
        channel (str | Unset):
    """

    id: int | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    author_org: str | Unset = UNSET
    body: str | Unset = UNSET
    channel: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        author_org = self.author_org

        body = self.body

        channel = self.channel

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if at is not UNSET:
            field_dict["at"] = at
        if author_org is not UNSET:
            field_dict["author_org"] = author_org
        if body is not UNSET:
            field_dict["body"] = body
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        author_org = d.pop("author_org", UNSET)

        body = d.pop("body", UNSET)

        channel = d.pop("channel", UNSET)

        message_out = cls(
            id=id,
            at=at,
            author_org=author_org,
            body=body,
            channel=channel,
        )

        return message_out
