from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_action_transfer_action import BulkActionTransferAction, check_bulk_action_transfer_action

T = TypeVar("T", bound="BulkActionTransfer")


@_attrs_define
class BulkActionTransfer:
    """
    Attributes:
        references (list[str]): the contacts to act on (at most 500)
        action (BulkActionTransferAction):
        to_org (str): another organisation of the holder's group
    """

    references: list[str]
    action: BulkActionTransferAction
    to_org: str

    def to_dict(self) -> dict[str, Any]:
        references = self.references

        action: str = self.action

        to_org = self.to_org

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "references": references,
                "action": action,
                "to_org": to_org,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        references = cast(list[str], d.pop("references"))

        action = check_bulk_action_transfer_action(d.pop("action"))

        to_org = d.pop("to_org")

        bulk_action_transfer = cls(
            references=references,
            action=action,
            to_org=to_org,
        )

        return bulk_action_transfer
