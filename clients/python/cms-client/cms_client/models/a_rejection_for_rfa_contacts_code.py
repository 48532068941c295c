from typing import Literal

ARejectionForRFAContactsCode = Literal["REJ001", "REJ002", "REJ003", "REJ004", "REJ005", "REJ006", "REJ099", "RFA001"]

A_REJECTION_FOR_RFA_CONTACTS_CODE_VALUES: set[ARejectionForRFAContactsCode] = {
    "REJ001",
    "REJ002",
    "REJ003",
    "REJ004",
    "REJ005",
    "REJ006",
    "REJ099",
    "RFA001",
}


def check_a_rejection_for_rfa_contacts_code(value: str) -> ARejectionForRFAContactsCode:
    if value in A_REJECTION_FOR_RFA_CONTACTS_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_RFA_CONTACTS_CODE_VALUES!r}")
