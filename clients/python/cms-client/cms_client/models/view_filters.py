from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewFilters")


@_attrs_define
class ViewFilters:
    """
    Attributes:
        type_ (str | Unset): a contact type code, or several separated by commas
        status (str | Unset): a status, or several separated by commas: submitted, accepted, rejected, in_progress,
            awaiting_originator, awaiting_party, resolved, closed, cancelled
        mprn (str | Unset):
        originator_ref (str | Unset):
        holder (str | Unset): organisation code, or 'mine'
        originator (str | Unset): the raising organisation's code, or 'mine'
        assignee (str | Unset): a person's email, 'me', or 'nobody' (work nobody has taken yet)
        ced (str | Unset): the case event code set on the contact
        raised_from (datetime.date | Unset): YYYY-MM-DD, UK time, included
        raised_to (datetime.date | Unset): YYYY-MM-DD, UK time, included
        due_from (datetime.date | Unset): due date (last day of the service level) from, included
        due_to (datetime.date | Unset): due date to, included
        updated_since (datetime.datetime | Unset): ISO 8601; UTC when no offset
        breached (bool | Unset):
        at_risk (bool | Unset): running, not breached, due within the at-risk margin
        outside_allowance (bool | Unset): raised beyond the organisation's query allowance
        watching (bool | Unset): true: only the contacts you follow; false: those you do not
    """

    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    mprn: str | Unset = UNSET
    originator_ref: str | Unset = UNSET
    holder: str | Unset = UNSET
    originator: str | Unset = UNSET
    assignee: str | Unset = UNSET
    ced: str | Unset = UNSET
    raised_from: datetime.date | Unset = UNSET
    raised_to: datetime.date | Unset = UNSET
    due_from: datetime.date | Unset = UNSET
    due_to: datetime.date | Unset = UNSET
    updated_since: datetime.datetime | Unset = UNSET
    breached: bool | Unset = UNSET
    at_risk: bool | Unset = UNSET
    outside_allowance: bool | Unset = UNSET
    watching: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        mprn = self.mprn

        originator_ref = self.originator_ref

        holder = self.holder

        originator = self.originator

        assignee = self.assignee

        ced = self.ced

        raised_from: str | Unset = UNSET
        if not isinstance(self.raised_from, Unset):
            raised_from = self.raised_from.isoformat()

        raised_to: str | Unset = UNSET
        if not isinstance(self.raised_to, Unset):
            raised_to = self.raised_to.isoformat()

        due_from: str | Unset = UNSET
        if not isinstance(self.due_from, Unset):
            due_from = self.due_from.isoformat()

        due_to: str | Unset = UNSET
        if not isinstance(self.due_to, Unset):
            due_to = self.due_to.isoformat()

        updated_since: str | Unset = UNSET
        if not isinstance(self.updated_since, Unset):
            updated_since = self.updated_since.isoformat()

        breached = self.breached

        at_risk = self.at_risk

        outside_allowance = self.outside_allowance

        watching = self.watching

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if mprn is not UNSET:
            field_dict["mprn"] = mprn
        if originator_ref is not UNSET:
            field_dict["originator_ref"] = originator_ref
        if holder is not UNSET:
            field_dict["holder"] = holder
        if originator is not UNSET:
            field_dict["originator"] = originator
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if ced is not UNSET:
            field_dict["ced"] = ced
        if raised_from is not UNSET:
            field_dict["raised_from"] = raised_from
        if raised_to is not UNSET:
            field_dict["raised_to"] = raised_to
        if due_from is not UNSET:
            field_dict["due_from"] = due_from
        if due_to is not UNSET:
            field_dict["due_to"] = due_to
        if updated_since is not UNSET:
            field_dict["updated_since"] = updated_since
        if breached is not UNSET:
            field_dict["breached"] = breached
        if at_risk is not UNSET:
            field_dict["at_risk"] = at_risk
        if outside_allowance is not UNSET:
            field_dict["outside_allowance"] = outside_allowance
        if watching is not UNSET:
            field_dict["watching"] = watching

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        mprn = d.pop("mprn", UNSET)

        originator_ref = d.pop("originator_ref", UNSET)

        holder = d.pop("holder", UNSET)

        originator = d.pop("originator", UNSET)

        assignee = d.pop("assignee", UNSET)

        ced = d.pop("ced", UNSET)

        _raised_from = d.pop("raised_from", UNSET)
        raised_from: datetime.date | Unset
        if isinstance(_raised_from, Unset):
            raised_from = UNSET
        else:
            raised_from = datetime.date.fromisoformat(_raised_from)

        _raised_to = d.pop("raised_to", UNSET)
        raised_to: datetime.date | Unset
        if isinstance(_raised_to, Unset):
            raised_to = UNSET
        else:
            raised_to = datetime.date.fromisoformat(_raised_to)

        _due_from = d.pop("due_from", UNSET)
        due_from: datetime.date | Unset
        if isinstance(_due_from, Unset):
            due_from = UNSET
        else:
            due_from = datetime.date.fromisoformat(_due_from)

        _due_to = d.pop("due_to", UNSET)
        due_to: datetime.date | Unset
        if isinstance(_due_to, Unset):
            due_to = UNSET
        else:
            due_to = datetime.date.fromisoformat(_due_to)

        _updated_since = d.pop("updated_since", UNSET)
        updated_since: datetime.datetime | Unset
        if isinstance(_updated_since, Unset):
            updated_since = UNSET
        else:
            updated_since = datetime.datetime.fromisoformat(_updated_since)

        breached = d.pop("breached", UNSET)

        at_risk = d.pop("at_risk", UNSET)

        outside_allowance = d.pop("outside_allowance", UNSET)

        watching = d.pop("watching", UNSET)

        view_filters = cls(
            type_=type_,
            status=status,
            mprn=mprn,
            originator_ref=originator_ref,
            holder=holder,
            originator=originator,
            assignee=assignee,
            ced=ced,
            raised_from=raised_from,
            raised_to=raised_to,
            due_from=due_from,
            due_to=due_to,
            updated_since=updated_since,
            breached=breached,
            at_risk=at_risk,
            outside_allowance=outside_allowance,
            watching=watching,
        )

        return view_filters
