from typing import Literal

AResolutionForSUSContactsCodeType2Type1 = Literal[
    "", "RES001", "RES002", "RES003", "RES004", "RES099", "SUS010", "SUS011", "SUS012"
]

A_RESOLUTION_FOR_SUS_CONTACTS_CODE_TYPE_2_TYPE_1_VALUES: set[AResolutionForSUSContactsCodeType2Type1] = {
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


def check_a_resolution_for_sus_contacts_code_type_2_type_1(value: str) -> AResolutionForSUSContactsCodeType2Type1:
    if value in A_RESOLUTION_FOR_SUS_CONTACTS_CODE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_SUS_CONTACTS_CODE_TYPE_2_TYPE_1_VALUES!r}"
    )
