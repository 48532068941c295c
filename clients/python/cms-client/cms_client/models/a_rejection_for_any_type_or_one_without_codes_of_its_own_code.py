from typing import Literal

ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode = Literal[
    "REJ001", "REJ002", "REJ003", "REJ004", "REJ005", "REJ006", "REJ099"
]

A_REJECTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_VALUES: set[
    ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode
] = {
    "REJ001",
    "REJ002",
    "REJ003",
    "REJ004",
    "REJ005",
    "REJ006",
    "REJ099",
}


def check_a_rejection_for_any_type_or_one_without_codes_of_its_own_code(
    value: str,
) -> ARejectionForAnyTypeOrOneWithoutCodesOfItsOwnCode:
    if value in A_REJECTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {A_REJECTION_FOR_ANY_TYPE_OR_ONE_WITHOUT_CODES_OF_ITS_OWN_CODE_VALUES!r}"
    )
