from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.preferences_out_delivery import PreferencesOutDelivery, check_preferences_out_delivery
from ..models.preferences_out_events_item import PreferencesOutEventsItem, check_preferences_out_events_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preferences_out_choices import PreferencesOutChoices


T = TypeVar("T", bound="PreferencesOut")


@_attrs_define
class PreferencesOut:
    """
    Attributes:
        events (list[PreferencesOutEventsItem] | Unset): The events you are told of
        delivery (PreferencesOutDelivery | Unset):
        off (bool | Unset): True when you receive no notification email
        chosen (bool | Unset): False until you choose: the defaults apply
        choices (PreferencesOutChoices | Unset): Every event you may choose, described
    """

    events: list[PreferencesOutEventsItem] | Unset = UNSET
    delivery: PreferencesOutDelivery | Unset = UNSET
    off: bool | Unset = UNSET
    chosen: bool | Unset = UNSET
    choices: PreferencesOutChoices | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: str = events_item_data
                events.append(events_item)

        delivery: str | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery

        off = self.off

        chosen = self.chosen

        choices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if off is not UNSET:
            field_dict["off"] = off
        if chosen is not UNSET:
            field_dict["chosen"] = chosen
        if choices is not UNSET:
            field_dict["choices"] = choices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferences_out_choices import PreferencesOutChoices  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[PreferencesOutEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = check_preferences_out_events_item(events_item_data)

                events.append(events_item)

        _delivery = d.pop("delivery", UNSET)
        delivery: PreferencesOutDelivery | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = check_preferences_out_delivery(_delivery)

        off = d.pop("off", UNSET)

        chosen = d.pop("chosen", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: PreferencesOutChoices | Unset
        if isinstance(_choices, Unset):
            choices = UNSET
        else:
            choices = PreferencesOutChoices.from_dict(_choices)

        preferences_out = cls(
            events=events,
            delivery=delivery,
            off=off,
            chosen=chosen,
            choices=choices,
        )

        return preferences_out
