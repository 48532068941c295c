from typing import Literal

AResolutionForRFAContactsCodeType3Type1 = Literal[
    "", "RES001", "RES002", "RES003", "RES004", "RES099", "RFA010", "RFA011"
]

A_RESOLUTION_FOR_RFA_CONTACTS_CODE_TYPE_3_TYPE_1_VALUES: set[AResolutionForRFAContactsCodeType3Type1] = {
    "",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
    "RFA010",
    "RFA011",
}


def check_a_resolution_for_rfa_contacts_code_type_3_type_1(value: str) -> AResolutionForRFAContactsCodeType3Type1:
    if value in A_RESOLUTION_FOR_RFA_CONTACTS_CODE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_RFA_CONTACTS_CODE_TYPE_3_TYPE_1_VALUES!r}"
    )
