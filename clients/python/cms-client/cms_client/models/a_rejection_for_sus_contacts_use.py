from typing import Literal

ARejectionForSUSContactsUse = Literal["rejection"]

A_REJECTION_FOR_SUS_CONTACTS_USE_VALUES: set[ARejectionForSUSContactsUse] = {
    "rejection",
}


def check_a_rejection_for_sus_contacts_use(value: str) -> ARejectionForSUSContactsUse:
    if value in A_REJECTION_FOR_SUS_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_SUS_CONTACTS_USE_VALUES!r}")
