from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkOut")


@_attrs_define
class LinkOut:
    """
    Attributes:
        role (str): what the other contact is to this one: challenge_of (this one is its challenge's follow-up),
            follow_up, duplicate_of, duplicated_by or related
        reference (str): the other contact
        status (str): the other contact's status
        removable (bool): you may unlink it (DELETE): related links only
        contact (str): where to read the other contact
        at (datetime.datetime | None | Unset): when they were linked
        by (None | str | Unset): who linked them (email)
    """

    role: str
    reference: str
    status: str
    removable: bool
    contact: str
    at: datetime.datetime | None | Unset = UNSET
    by: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        reference = self.reference

        status = self.status

        removable = self.removable

        contact = self.contact

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        by: None | str | Unset
        if isinstance(self.by, Unset):
            by = UNSET
        else:
            by = self.by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "reference": reference,
                "status": status,
                "removable": removable,
                "contact": contact,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if by is not UNSET:
            field_dict["by"] = by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        reference = d.pop("reference")

        status = d.pop("status")

        removable = d.pop("removable")

        contact = d.pop("contact")

        def _parse_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        def _parse_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        by = _parse_by(d.pop("by", UNSET))

        link_out = cls(
            role=role,
            reference=reference,
            status=status,
            removable=removable,
            contact=contact,
            at=at,
            by=by,
        )

        return link_out
