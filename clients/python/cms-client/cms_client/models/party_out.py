from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartyOut")


@_attrs_define
class PartyOut:
    """
    Attributes:
        organisation (str | Unset):
        role (str | Unset):
    """

    organisation: str | Unset = UNSET
    role: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation

        role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation = d.pop("organisation", UNSET)

        role = d.pop("role", UNSET)

        party_out = cls(
            organisation=organisation,
            role=role,
        )

        return party_out
