from typing import Literal

StandardsTypeOutAllowance = Literal["all", "inside", "outside"]

STANDARDS_TYPE_OUT_ALLOWANCE_VALUES: set[StandardsTypeOutAllowance] = {
    "all",
    "inside",
    "outside",
}


def check_standards_type_out_allowance(value: str) -> StandardsTypeOutAllowance:
    if value in STANDARDS_TYPE_OUT_ALLOWANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARDS_TYPE_OUT_ALLOWANCE_VALUES!r}")
