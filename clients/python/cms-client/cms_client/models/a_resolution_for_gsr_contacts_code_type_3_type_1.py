from typing import Literal

AResolutionForGSRContactsCodeType3Type1 = Literal[
    "", "GSR010", "GSR011", "GSR012", "RES001", "RES002", "RES003", "RES004", "RES099"
]

A_RESOLUTION_FOR_GSR_CONTACTS_CODE_TYPE_3_TYPE_1_VALUES: set[AResolutionForGSRContactsCodeType3Type1] = {
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


def check_a_resolution_for_gsr_contacts_code_type_3_type_1(value: str) -> AResolutionForGSRContactsCodeType3Type1:
    if value in A_RESOLUTION_FOR_GSR_CONTACTS_CODE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_GSR_CONTACTS_CODE_TYPE_3_TYPE_1_VALUES!r}"
    )
