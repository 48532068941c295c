from typing import Literal

AResolutionForRFAContactsUse = Literal["resolution"]

A_RESOLUTION_FOR_RFA_CONTACTS_USE_VALUES: set[AResolutionForRFAContactsUse] = {
    "resolution",
}


def check_a_resolution_for_rfa_contacts_use(value: str) -> AResolutionForRFAContactsUse:
    if value in A_RESOLUTION_FOR_RFA_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_RFA_CONTACTS_USE_VALUES!r}")
