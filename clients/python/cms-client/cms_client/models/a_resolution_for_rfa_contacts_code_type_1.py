from typing import Literal

AResolutionForRFAContactsCodeType1 = Literal["", "RES001", "RES002", "RES003", "RES004", "RES099", "RFA010", "RFA011"]

A_RESOLUTION_FOR_RFA_CONTACTS_CODE_TYPE_1_VALUES: set[AResolutionForRFAContactsCodeType1] = {
    "",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
    "RFA010",
    "RFA011",
}


def check_a_resolution_for_rfa_contacts_code_type_1(value: str) -> AResolutionForRFAContactsCodeType1:
    if value in A_RESOLUTION_FOR_RFA_CONTACTS_CODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_RFA_CONTACTS_CODE_TYPE_1_VALUES!r}")
