from typing import Literal

AResolutionForRFAContactsCode = Literal["", "RES001", "RES002", "RES003", "RES004", "RES099", "RFA010", "RFA011"]

A_RESOLUTION_FOR_RFA_CONTACTS_CODE_VALUES: set[AResolutionForRFAContactsCode] = {
    "",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
    "RFA010",
    "RFA011",
}


def check_a_resolution_for_rfa_contacts_code(value: str) -> AResolutionForRFAContactsCode:
    if value in A_RESOLUTION_FOR_RFA_CONTACTS_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_RFA_CONTACTS_CODE_VALUES!r}")
