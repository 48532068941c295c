from typing import Literal

StandardsSectorOutAllowance = Literal["all", "inside", "outside"]

STANDARDS_SECTOR_OUT_ALLOWANCE_VALUES: set[StandardsSectorOutAllowance] = {
    "all",
    "inside",
    "outside",
}


def check_standards_sector_out_allowance(value: str) -> StandardsSectorOutAllowance:
    if value in STANDARDS_SECTOR_OUT_ALLOWANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARDS_SECTOR_OUT_ALLOWANCE_VALUES!r}")
