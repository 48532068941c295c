from typing import Literal

ARejectionForTOGContactsCode = Literal["REJ001", "REJ002", "REJ003", "REJ004", "REJ005", "REJ006", "REJ099"]

A_REJECTION_FOR_TOG_CONTACTS_CODE_VALUES: set[ARejectionForTOGContactsCode] = {
    "REJ001",
    "REJ002",
    "REJ003",
    "REJ004",
    "REJ005",
    "REJ006",
    "REJ099",
}


def check_a_rejection_for_tog_contacts_code(value: str) -> ARejectionForTOGContactsCode:
    if value in A_REJECTION_FOR_TOG_CONTACTS_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_TOG_CONTACTS_CODE_VALUES!r}")
