from typing import Literal

AResolutionForTOGContactsCodeType2Type1 = Literal[
    "", "RES001", "RES002", "RES003", "RES004", "RES099", "TOG020", "TOG021", "TOG022", "TOG023"
]

A_RESOLUTION_FOR_TOG_CONTACTS_CODE_TYPE_2_TYPE_1_VALUES: set[AResolutionForTOGContactsCodeType2Type1] = {
    "",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
    "TOG020",
    "TOG021",
    "TOG022",
    "TOG023",
}


def check_a_resolution_for_tog_contacts_code_type_2_type_1(value: str) -> AResolutionForTOGContactsCodeType2Type1:
    if value in A_RESOLUTION_FOR_TOG_CONTACTS_CODE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_TOG_CONTACTS_CODE_TYPE_2_TYPE_1_VALUES!r}"
    )
