from typing import Literal

AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType3Type1 = Literal[
    "", "RES001", "RES002", "RES003", "RES004", "RES099"
]

A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_TYPE_3_TYPE_1_VALUES: set[
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType3Type1
] = {
    "",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
}


def check_a_resolution_for_any_type_or_one_without_codes_of_its_own_code_type_3_type_1(
    value: str,
) -> AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCodeType3Type1:
    if value in A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_TYPE_3_TYPE_1_VALUES!r}"
    )
