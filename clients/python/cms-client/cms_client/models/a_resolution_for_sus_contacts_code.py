from typing import Literal

AResolutionForSUSContactsCode = Literal[
    "", "RES001", "RES002", "RES003", "RES004", "RES099", "SUS010", "SUS011", "SUS012"
]

A_RESOLUTION_FOR_SUS_CONTACTS_CODE_VALUES: set[AResolutionForSUSContactsCode] = {
    "",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
    "SUS010",
    "SUS011",
    "SUS012",
}


def check_a_resolution_for_sus_contacts_code(value: str) -> AResolutionForSUSContactsCode:
    if value in A_RESOLUTION_FOR_SUS_CONTACTS_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_SUS_CONTACTS_CODE_VALUES!r}")
