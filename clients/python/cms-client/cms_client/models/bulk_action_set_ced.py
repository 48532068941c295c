from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_action_set_ced_action import BulkActionSetCedAction, check_bulk_action_set_ced_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkActionSetCed")


@_attrs_define
class BulkActionSetCed:
    """
    Attributes:
        references (list[str]): the contacts to act on (at most 500)
        action (BulkActionSetCedAction):
        code (None | str | Unset): a case event code, or null to clear: the core's, or one of the contact type's own on
            its contacts (another is answered 422): ADJC, ADUP, ADVL, ALDM, ALIG, ALNW, AQRV, AQUP, CNIN, CRDN, DPIN, DPRM,
            ENGY, INVP, INVR, INVS, MPRC, MTRF, OBJC, RDLD, RDVL, RFAR, SPUR, TRAS, VIST, WCDS, WSME
        text (str | Unset): why (optional) (at most 4000 characters, whitespace around it dropped)
    """

    references: list[str]
    action: BulkActionSetCedAction
    code: None | str | Unset = UNSET
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        references = self.references

        action: str = self.action

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "references": references,
                "action": action,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        references = cast(list[str], d.pop("references"))

        action = check_bulk_action_set_ced_action(d.pop("action"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        text = d.pop("text", UNSET)

        bulk_action_set_ced = cls(
            references=references,
            action=action,
            code=code,
            text=text,
        )

        return bulk_action_set_ced
