from typing import Literal

PreferencesInEventsItem = Literal["breached", "due_soon", "mine", "raised", "resolved", "response"]

PREFERENCES_IN_EVENTS_ITEM_VALUES: set[PreferencesInEventsItem] = {
    "breached",
    "due_soon",
    "mine",
    "raised",
    "resolved",
    "response",
}


def check_preferences_in_events_item(value: str) -> PreferencesInEventsItem:
    if value in PREFERENCES_IN_EVENTS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREFERENCES_IN_EVENTS_ITEM_VALUES!r}")
