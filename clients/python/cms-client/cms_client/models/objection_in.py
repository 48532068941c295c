from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.objection_in_reason import ObjectionInReason, check_objection_in_reason

T = TypeVar("T", bound="ObjectionIn")


@_attrs_define
class ObjectionIn:
    """
    Attributes:
        reason (ObjectionInReason): why you object: volume_too_high (The volume is too high for the site's use),
            dates_wrong (The theft's start or end date is wrong), no_theft (There was no theft at the site), not_registered
            (We were not the registered Shipper over the period), already_settled (The volume is already settled another
            way), other (Other: see the text)
        text (str): why you object, and what the volume should be
        evidence (int): the id of the file your organisation attached to the contact as evidence (POST
            /contacts/{reference}/attachments first)
    """

    reason: ObjectionInReason
    text: str
    evidence: int

    def to_dict(self) -> dict[str, Any]:
        reason: str = self.reason

        text = self.text

        evidence = self.evidence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "text": text,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = check_objection_in_reason(d.pop("reason"))

        text = d.pop("text")

        evidence = d.pop("evidence")

        objection_in = cls(
            reason=reason,
            text=text,
            evidence=evidence,
        )

        return objection_in
