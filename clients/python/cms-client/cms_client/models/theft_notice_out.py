from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.theft_notice_out_objection_reason_type_1 import (
    TheftNoticeOutObjectionReasonType1,
    check_theft_notice_out_objection_reason_type_1,
)
from ..models.theft_notice_out_objection_reason_type_2_type_1 import (
    TheftNoticeOutObjectionReasonType2Type1,
    check_theft_notice_out_objection_reason_type_2_type_1,
)
from ..models.theft_notice_out_objection_reason_type_3_type_1 import (
    TheftNoticeOutObjectionReasonType3Type1,
    check_theft_notice_out_objection_reason_type_3_type_1,
)
from ..models.theft_notice_out_outcome import TheftNoticeOutOutcome, check_theft_notice_out_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="TheftNoticeOut")


@_attrs_define
class TheftNoticeOut:
    """
    Attributes:
        reference (str): the TOG contact
        tras_reference (str): the TRAS notice
        notified_energy (int): the volume the TRAS notice confirms, kWh
        window_days (int): business days the Shipper has to object (its portal's setting)
        window_closes_on (datetime.date): the last day (UK) to object; after it the volume is deemed accepted
        outcome (TheftNoticeOutOutcome): pending, accepted, objected, deemed_accepted, upheld (the notified volume
            stands), amended, or withdrawn (closed without an outcome)
        outcome_label (str): the outcome in words
        may_answer (bool): you may accept or object now
        may_decide (bool): you may decide the objection now (the CDSP)
        objection_reason (None | TheftNoticeOutObjectionReasonType1 | TheftNoticeOutObjectionReasonType2Type1 |
            TheftNoticeOutObjectionReasonType3Type1 | Unset): why the Shipper objected
        objection_text (None | str | Unset):
        objected_at (datetime.datetime | None | Unset):
        evidence_id (int | None | Unset): the attachment sent as evidence with the objection
        settled_energy (int | None | Unset): the volume that enters settlement, kWh, once there is an outcome
        decided_at (datetime.datetime | None | Unset): when the outcome became final
        decision_text (None | str | Unset):
    """

    reference: str
    tras_reference: str
    notified_energy: int
    window_days: int
    window_closes_on: datetime.date
    outcome: TheftNoticeOutOutcome
    outcome_label: str
    may_answer: bool
    may_decide: bool
    objection_reason: (
        None
        | TheftNoticeOutObjectionReasonType1
        | TheftNoticeOutObjectionReasonType2Type1
        | TheftNoticeOutObjectionReasonType3Type1
        | Unset
    ) = UNSET
    objection_text: None | str | Unset = UNSET
    objected_at: datetime.datetime | None | Unset = UNSET
    evidence_id: int | None | Unset = UNSET
    settled_energy: int | None | Unset = UNSET
    decided_at: datetime.datetime | None | Unset = UNSET
    decision_text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        tras_reference = self.tras_reference

        notified_energy = self.notified_energy

        window_days = self.window_days

        window_closes_on = self.window_closes_on.isoformat()

        outcome: str = self.outcome

        outcome_label = self.outcome_label

        may_answer = self.may_answer

        may_decide = self.may_decide

        objection_reason: None | str | Unset
        if isinstance(self.objection_reason, Unset):
            objection_reason = UNSET
        elif isinstance(self.objection_reason, str):
            objection_reason = self.objection_reason
        elif isinstance(self.objection_reason, str):
            objection_reason = self.objection_reason
        elif isinstance(self.objection_reason, str):
            objection_reason = self.objection_reason
        else:
            objection_reason = self.objection_reason

        objection_text: None | str | Unset
        if isinstance(self.objection_text, Unset):
            objection_text = UNSET
        else:
            objection_text = self.objection_text

        objected_at: None | str | Unset
        if isinstance(self.objected_at, Unset):
            objected_at = UNSET
        elif isinstance(self.objected_at, datetime.datetime):
            objected_at = self.objected_at.isoformat()
        else:
            objected_at = self.objected_at

        evidence_id: int | None | Unset
        if isinstance(self.evidence_id, Unset):
            evidence_id = UNSET
        else:
            evidence_id = self.evidence_id

        settled_energy: int | None | Unset
        if isinstance(self.settled_energy, Unset):
            settled_energy = UNSET
        else:
            settled_energy = self.settled_energy

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_text: None | str | Unset
        if isinstance(self.decision_text, Unset):
            decision_text = UNSET
        else:
            decision_text = self.decision_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "tras_reference": tras_reference,
                "notified_energy": notified_energy,
                "window_days": window_days,
                "window_closes_on": window_closes_on,
                "outcome": outcome,
                "outcome_label": outcome_label,
                "may_answer": may_answer,
                "may_decide": may_decide,
            }
        )
        if objection_reason is not UNSET:
            field_dict["objection_reason"] = objection_reason
        if objection_text is not UNSET:
            field_dict["objection_text"] = objection_text
        if objected_at is not UNSET:
            field_dict["objected_at"] = objected_at
        if evidence_id is not UNSET:
            field_dict["evidence_id"] = evidence_id
        if settled_energy is not UNSET:
            field_dict["settled_energy"] = settled_energy
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decision_text is not UNSET:
            field_dict["decision_text"] = decision_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        tras_reference = d.pop("tras_reference")

        notified_energy = d.pop("notified_energy")

        window_days = d.pop("window_days")

        window_closes_on = datetime.date.fromisoformat(d.pop("window_closes_on"))

        outcome = check_theft_notice_out_outcome(d.pop("outcome"))

        outcome_label = d.pop("outcome_label")

        may_answer = d.pop("may_answer")

        may_decide = d.pop("may_decide")

        def _parse_objection_reason(
            data: object,
        ) -> (
            None
            | TheftNoticeOutObjectionReasonType1
            | TheftNoticeOutObjectionReasonType2Type1
            | TheftNoticeOutObjectionReasonType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objection_reason_type_1 = check_theft_notice_out_objection_reason_type_1(data)

                return objection_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objection_reason_type_2_type_1 = check_theft_notice_out_objection_reason_type_2_type_1(data)

                return objection_reason_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objection_reason_type_3_type_1 = check_theft_notice_out_objection_reason_type_3_type_1(data)

                return objection_reason_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TheftNoticeOutObjectionReasonType1
                | TheftNoticeOutObjectionReasonType2Type1
                | TheftNoticeOutObjectionReasonType3Type1
                | Unset,
                data,
            )

        objection_reason = _parse_objection_reason(d.pop("objection_reason", UNSET))

        def _parse_objection_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objection_text = _parse_objection_text(d.pop("objection_text", UNSET))

        def _parse_objected_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objected_at_type_0 = datetime.datetime.fromisoformat(data)

                return objected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        objected_at = _parse_objected_at(d.pop("objected_at", UNSET))

        def _parse_evidence_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        evidence_id = _parse_evidence_id(d.pop("evidence_id", UNSET))

        def _parse_settled_energy(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settled_energy = _parse_settled_energy(d.pop("settled_energy", UNSET))

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        def _parse_decision_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_text = _parse_decision_text(d.pop("decision_text", UNSET))

        theft_notice_out = cls(
            reference=reference,
            tras_reference=tras_reference,
            notified_energy=notified_energy,
            window_days=window_days,
            window_closes_on=window_closes_on,
            outcome=outcome,
            outcome_label=outcome_label,
            may_answer=may_answer,
            may_decide=may_decide,
            objection_reason=objection_reason,
            objection_text=objection_text,
            objected_at=objected_at,
            evidence_id=evidence_id,
            settled_energy=settled_energy,
            decided_at=decided_at,
            decision_text=decision_text,
        )

        return theft_notice_out
