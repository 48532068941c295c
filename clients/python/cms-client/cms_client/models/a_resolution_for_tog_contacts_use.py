from typing import Literal

AResolutionForTOGContactsUse = Literal["resolution"]

A_RESOLUTION_FOR_TOG_CONTACTS_USE_VALUES: set[AResolutionForTOGContactsUse] = {
    "resolution",
}


def check_a_resolution_for_tog_contacts_use(value: str) -> AResolutionForTOGContactsUse:
    if value in A_RESOLUTION_FOR_TOG_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_TOG_CONTACTS_USE_VALUES!r}")
