from typing import Literal

StandardsTypeOutSector = Literal["domestic", "ic", "unknown"]

STANDARDS_TYPE_OUT_SECTOR_VALUES: set[StandardsTypeOutSector] = {
    "domestic",
    "ic",
    "unknown",
}


def check_standards_type_out_sector(value: str) -> StandardsTypeOutSector:
    if value in STANDARDS_TYPE_OUT_SECTOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARDS_TYPE_OUT_SECTOR_VALUES!r}")
