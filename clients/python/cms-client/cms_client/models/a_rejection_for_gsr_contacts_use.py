from typing import Literal

ARejectionForGSRContactsUse = Literal["rejection"]

A_REJECTION_FOR_GSR_CONTACTS_USE_VALUES: set[ARejectionForGSRContactsUse] = {
    "rejection",
}


def check_a_rejection_for_gsr_contacts_use(value: str) -> ARejectionForGSRContactsUse:
    if value in A_REJECTION_FOR_GSR_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_GSR_CONTACTS_USE_VALUES!r}")
