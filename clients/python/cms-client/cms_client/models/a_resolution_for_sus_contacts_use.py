from typing import Literal

AResolutionForSUSContactsUse = Literal["resolution"]

A_RESOLUTION_FOR_SUS_CONTACTS_USE_VALUES: set[AResolutionForSUSContactsUse] = {
    "resolution",
}


def check_a_resolution_for_sus_contacts_use(value: str) -> AResolutionForSUSContactsUse:
    if value in A_RESOLUTION_FOR_SUS_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_SUS_CONTACTS_USE_VALUES!r}")
