from typing import Literal

AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCode = Literal["", "RES001", "RES002", "RES003", "RES004", "RES099"]

A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_VALUES: set[
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCode
] = {
    "",
    "RES001",
    "RES002",
    "RES003",
    "RES004",
    "RES099",
}


def check_a_resolution_for_any_type_or_one_without_codes_of_its_own_code(
    value: str,
) -> AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnCode:
    if value in A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_VALUES!r}"
    )
