from typing import Literal

PreferencesOutEventsItem = Literal["breached", "due_soon", "mine", "raised", "resolved", "response"]

PREFERENCES_OUT_EVENTS_ITEM_VALUES: set[PreferencesOutEventsItem] = {
    "breached",
    "due_soon",
    "mine",
    "raised",
    "resolved",
    "response",
}


def check_preferences_out_events_item(value: str) -> PreferencesOutEventsItem:
    if value in PREFERENCES_OUT_EVENTS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREFERENCES_OUT_EVENTS_ITEM_VALUES!r}")
