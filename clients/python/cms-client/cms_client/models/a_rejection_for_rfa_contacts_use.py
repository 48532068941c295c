from typing import Literal

ARejectionForRFAContactsUse = Literal["rejection"]

A_REJECTION_FOR_RFA_CONTACTS_USE_VALUES: set[ARejectionForRFAContactsUse] = {
    "rejection",
}


def check_a_rejection_for_rfa_contacts_use(value: str) -> ARejectionForRFAContactsUse:
    if value in A_REJECTION_FOR_RFA_CONTACTS_USE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_RFA_CONTACTS_USE_VALUES!r}")
