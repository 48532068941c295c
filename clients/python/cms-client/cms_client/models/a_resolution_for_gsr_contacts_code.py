from typing import Literal

AResolutionForGSRContactsCode = Literal[
    "", "GSR010", "GSR011", "GSR012", "RES001", "RES002", "RES003", "RES004", "RES099"
]

A_RESOLUTION_FOR_GSR_CONTACTS_CODE_VALUES: set[AResolutionForGSRContactsCode] = {
    "",
    "GSR010",
    "GSR011",
    "GSR012",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
}


def check_a_resolution_for_gsr_contacts_code(value: str) -> AResolutionForGSRContactsCode:
    if value in A_RESOLUTION_FOR_GSR_CONTACTS_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_GSR_CONTACTS_CODE_VALUES!r}")
