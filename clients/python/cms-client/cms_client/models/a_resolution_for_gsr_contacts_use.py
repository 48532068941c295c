from typing import Literal

AResolutionForGSRContactsUse = Literal["resolution"]

A_RESOLUTION_FOR_GSR_CONTACTS_USE_VALUES: set[AResolutionForGSRContactsUse] = {
    "resolution",
}


def check_a_resolution_for_gsr_contacts_use(value: str) -> AResolutionForGSRContactsUse:
    if value in A_RESOLUTION_FOR_GSR_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_GSR_CONTACTS_USE_VALUES!r}")
