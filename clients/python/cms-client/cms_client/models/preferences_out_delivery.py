from typing import Literal

PreferencesOutDelivery = Literal["digest", "each"]

PREFERENCES_OUT_DELIVERY_VALUES: set[PreferencesOutDelivery] = {
    "digest",
    "each",
}


def check_preferences_out_delivery(value: str) -> PreferencesOutDelivery:
    if value in PREFERENCES_OUT_DELIVERY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREFERENCES_OUT_DELIVERY_VALUES!r}")
