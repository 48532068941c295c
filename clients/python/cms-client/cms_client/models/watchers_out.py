from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WatchersOut")


@_attrs_define
class WatchersOut:
    """
    Attributes:
        watching (bool): you follow the contact
        watchers (list[str]): the emails of your organisation's people who follow it (another organisation's followers
            are not shown)
    """

    watching: bool
    watchers: list[str]

    def to_dict(self) -> dict[str, Any]:
        watching = self.watching

        watchers = self.watchers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "watching": watching,
                "watchers": watchers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        watching = d.pop("watching")

        watchers = cast(list[str], d.pop("watchers"))

        watchers_out = cls(
            watching=watching,
            watchers=watchers,
        )

        return watchers_out
