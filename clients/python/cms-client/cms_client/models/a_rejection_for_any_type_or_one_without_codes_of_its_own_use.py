from typing import Literal

ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse = Literal["rejection"]

A_REJECTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_USE_VALUES: set[
    ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse
] = {
    "rejection",
}


def check_a_rejection_for_any_type_or_one_without_codes_of_its_own_use(
    value: str,
) -> ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnUse:
    if value in A_REJECTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_USE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_USE_VALUES!r}"
    )
