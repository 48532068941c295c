from typing import Literal

ARejectionForSUSContactsCode = Literal["REJ001", "REJ002", "REJ003", "REJ004", "REJ005", "REJ006", "REJ099", "SUS001"]

A_REJECTION_FOR_SUS_CONTACTS_CODE_VALUES: set[ARejectionForSUSContactsCode] = {
    "REJ001",
    "REJ002",
    "REJ003",
    "REJ004",
    "REJ005",
    "REJ006",
    "REJ099",
    "SUS001",
}


def check_a_rejection_for_sus_contacts_code(value: str) -> ARejectionForSUSContactsCode:
    if value in A_REJECTION_FOR_SUS_CONTACTS_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_SUS_CONTACTS_CODE_VALUES!r}")
