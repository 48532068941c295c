from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.link_in_kind import LinkInKind, check_link_in_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkIn")


@_attrs_define
class LinkIn:
    """
    Attributes:
        reference (str): the other contact's reference
        kind (LinkInKind | Unset): related (the default), or duplicate_of: this contact duplicates the other and is
            closed as such (as the mark_duplicate action does) Default: 'related'.
    """

    reference: str
    kind: LinkInKind | Unset = "related"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        _kind = d.pop("kind", UNSET)
        kind: LinkInKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_link_in_kind(_kind)

        link_in = cls(
            reference=reference,
            kind=kind,
        )

        return link_in
