from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.preferences_in_delivery import PreferencesInDelivery, check_preferences_in_delivery
from ..models.preferences_in_events_item import PreferencesInEventsItem, check_preferences_in_events_item

T = TypeVar("T", bound="PreferencesIn")


@_attrs_define
class PreferencesIn:
    """
    Attributes:
        events (list[PreferencesInEventsItem]): The events to be told of (none: no email at all). `mine`: Anything
            happens on a contact I raised, am assigned or follow: a message, a request for information (and a reminder the
            day before it is due), a new status, a breach; `raised`: A contact is raised to my organisation; `response`: The
            other side responds on a contact of my organisation (a message, or it moves the contact on); `due_soon`: A
            correspondence my organisation must answer is due by the end of the next business day; `resolved`: A contact my
            organisation raised is resolved; `breached`: A contact my organisation raised or holds breaches its service
            level
        delivery (PreferencesInDelivery): How they arrive: `each`: One email for each event; `digest`: One email a day
            listing them (daily digest)
    """

    events: list[PreferencesInEventsItem]
    delivery: PreferencesInDelivery

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        delivery: str = self.delivery

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
                "delivery": delivery,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_preferences_in_events_item(events_item_data)

            events.append(events_item)

        delivery = check_preferences_in_delivery(d.pop("delivery"))

        preferences_in = cls(
            events=events,
            delivery=delivery,
        )

        return preferences_in
