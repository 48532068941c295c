from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_out_data import EventOutData


T = TypeVar("T", bound="EventOut")


@_attrs_define
class EventOut:
    """
    Attributes:
        at (datetime.datetime | Unset):
        kind (str | Unset):
        channel (str | Unset):
        actor_org (None | str | Unset):
        from_status (None | str | Unset):
        to_status (None | str | Unset):
        data (EventOutData | Unset):
    """

    at: datetime.datetime | Unset = UNSET
    kind: str | Unset = UNSET
    channel: str | Unset = UNSET
    actor_org: None | str | Unset = UNSET
    from_status: None | str | Unset = UNSET
    to_status: None | str | Unset = UNSET
    data: EventOutData | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        kind = self.kind

        channel = self.channel

        actor_org: None | str | Unset
        if isinstance(self.actor_org, Unset):
            actor_org = UNSET
        else:
            actor_org = self.actor_org

        from_status: None | str | Unset
        if isinstance(self.from_status, Unset):
            from_status = UNSET
        else:
            from_status = self.from_status

        to_status: None | str | Unset
        if isinstance(self.to_status, Unset):
            to_status = UNSET
        else:
            to_status = self.to_status

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if at is not UNSET:
            field_dict["at"] = at
        if kind is not UNSET:
            field_dict["kind"] = kind
        if channel is not UNSET:
            field_dict["channel"] = channel
        if actor_org is not UNSET:
            field_dict["actor_org"] = actor_org
        if from_status is not UNSET:
            field_dict["from_status"] = from_status
        if to_status is not UNSET:
            field_dict["to_status"] = to_status
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_out_data import EventOutData  # noqa: PLC0415

        d = dict(src_dict)
        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        kind = d.pop("kind", UNSET)

        channel = d.pop("channel", UNSET)

        def _parse_actor_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_org = _parse_actor_org(d.pop("actor_org", UNSET))

        def _parse_from_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_status = _parse_from_status(d.pop("from_status", UNSET))

        def _parse_to_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_status = _parse_to_status(d.pop("to_status", UNSET))

        _data = d.pop("data", UNSET)
        data: EventOutData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EventOutData.from_dict(_data)

        event_out = cls(
            at=at,
            kind=kind,
            channel=channel,
            actor_org=actor_org,
            from_status=from_status,
            to_status=to_status,
            data=data,
        )

        return event_out
