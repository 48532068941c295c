from typing import Literal

PreferencesInDelivery = Literal["digest", "each"]

PREFERENCES_IN_DELIVERY_VALUES: set[PreferencesInDelivery] = {
    "digest",
    "each",
}


def check_preferences_in_delivery(value: str) -> PreferencesInDelivery:
    if value in PREFERENCES_IN_DELIVERY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREFERENCES_IN_DELIVERY_VALUES!r}")
