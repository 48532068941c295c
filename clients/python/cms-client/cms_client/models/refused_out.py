from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.refused_out_errors import RefusedOutErrors


T = TypeVar("T", bound="RefusedOut")


@_attrs_define
class RefusedOut:
    """
    Attributes:
        reference (str):
        message (str):
        errors (RefusedOutErrors):
    """

    reference: str
    message: str
    errors: RefusedOutErrors

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        message = self.message

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "message": message,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refused_out_errors import RefusedOutErrors  # noqa: PLC0415

        d = dict(src_dict)
        reference = d.pop("reference")

        message = d.pop("message")

        errors = RefusedOutErrors.from_dict(d.pop("errors"))

        refused_out = cls(
            reference=reference,
            message=message,
            errors=errors,
        )

        return refused_out
