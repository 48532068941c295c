from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.decision_in_decision import DecisionInDecision, check_decision_in_decision
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionIn")


@_attrs_define
class DecisionIn:
    """
    Attributes:
        decision (DecisionInDecision): upheld: the notified volume stands; amended: to settled_energy
        text (str): the reasons for the decision
        settled_energy (int | None | Unset): the amended volume, kWh (amended only)
    """

    decision: DecisionInDecision
    text: str
    settled_energy: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision: str = self.decision

        text = self.text

        settled_energy: int | None | Unset
        if isinstance(self.settled_energy, Unset):
            settled_energy = UNSET
        else:
            settled_energy = self.settled_energy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "text": text,
            }
        )
        if settled_energy is not UNSET:
            field_dict["settled_energy"] = settled_energy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = check_decision_in_decision(d.pop("decision"))

        text = d.pop("text")

        def _parse_settled_energy(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settled_energy = _parse_settled_energy(d.pop("settled_energy", UNSET))

        decision_in = cls(
            decision=decision,
            text=text,
            settled_energy=settled_energy,
        )

        return decision_in
