from typing import Literal

AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnUse = Literal["resolution"]

A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_USE_VALUES: set[
    AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnUse
] = {
    "resolution",
}


def check_a_resolution_for_any_type_or_one_without_codes_of_its_own_use(
    value: str,
) -> AResolutionForAnyTypeOrOneWithoutCodesOfItsOwnUse:
    if value in A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_USE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_RESOLUTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_USE_VALUES!r}"
    )
