from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CorrespondenceOut")


@_attrs_define
class CorrespondenceOut:
    """
    Attributes:
        id (int | Unset):
        kind (str | Unset): DCR, CCR or RFI
        from_org (str | Unset):
        to_org (str | Unset):
        body (str | Unset):
        sent_at (datetime.datetime | Unset):
        due_at (datetime.datetime | Unset):
        status (str | Unset):
        response (None | str | Unset):
        responded_at (datetime.datetime | None | Unset):
    """

    id: int | Unset = UNSET
    kind: str | Unset = UNSET
    from_org: str | Unset = UNSET
    to_org: str | Unset = UNSET
    body: str | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    due_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    response: None | str | Unset = UNSET
    responded_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        from_org = self.from_org

        to_org = self.to_org

        body = self.body

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        status = self.status

        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        responded_at: None | str | Unset
        if isinstance(self.responded_at, Unset):
            responded_at = UNSET
        elif isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if from_org is not UNSET:
            field_dict["from_org"] = from_org
        if to_org is not UNSET:
            field_dict["to_org"] = to_org
        if body is not UNSET:
            field_dict["body"] = body
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if status is not UNSET:
            field_dict["status"] = status
        if response is not UNSET:
            field_dict["response"] = response
        if responded_at is not UNSET:
            field_dict["responded_at"] = responded_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        from_org = d.pop("from_org", UNSET)

        to_org = d.pop("to_org", UNSET)

        body = d.pop("body", UNSET)

        _sent_at = d.pop("sent_at", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = datetime.datetime.fromisoformat(_sent_at)

        _due_at = d.pop("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        status = d.pop("status", UNSET)

        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_responded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        responded_at = _parse_responded_at(d.pop("responded_at", UNSET))

        correspondence_out = cls(
            id=id,
            kind=kind,
            from_org=from_org,
            to_org=to_org,
            body=body,
            sent_at=sent_at,
            due_at=due_at,
            status=status,
            response=response,
            responded_at=responded_at,
        )

        return correspondence_out
