from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.action_allocate_action import ActionAllocateAction, check_action_allocate_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionAllocate")


@_attrs_define
class ActionAllocate:
    """
    Attributes:
        action (ActionAllocateAction):
        to_org (str): the third organisation who must act: not the holder, the CDSP or the originator
        text (str | Unset): what they need to do (at most 4000 characters, whitespace around it dropped)
        ced (None | str | Unset): a case event code to set: the core's, or one of the contact type's own on its contacts
            (another is answered 422): ADJC, ADUP, ADVL, ALDM, ALIG, ALNW, AQRV, AQUP, CNIN, CRDN, DPIN, DPRM, ENGY, INVP,
            INVR, INVS, MPRC, MTRF, OBJC, RDLD, RDVL, RFAR, SPUR, TRAS, VIST, WCDS, WSME
    """

    action: ActionAllocateAction
    to_org: str
    text: str | Unset = UNSET
    ced: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        to_org = self.to_org

        text = self.text

        ced: None | str | Unset
        if isinstance(self.ced, Unset):
            ced = UNSET
        else:
            ced = self.ced

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "to_org": to_org,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if ced is not UNSET:
            field_dict["ced"] = ced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_action_allocate_action(d.pop("action"))

        to_org = d.pop("to_org")

        text = d.pop("text", UNSET)

        def _parse_ced(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ced = _parse_ced(d.pop("ced", UNSET))

        action_allocate = cls(
            action=action,
            to_org=to_org,
            text=text,
            ced=ced,
        )

        return action_allocate
