from typing import Literal

ARejectionForTOGContactsUse = Literal["rejection"]

A_REJECTION_FOR_TOG_CONTACTS_USE_VALUES: set[ARejectionForTOGContactsUse] = {
    "rejection",
}


def check_a_rejection_for_tog_contacts_use(value: str) -> ARejectionForTOGContactsUse:
    if value in A_REJECTION_FOR_TOG_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_TOG_CONTACTS_USE_VALUES!r}")
