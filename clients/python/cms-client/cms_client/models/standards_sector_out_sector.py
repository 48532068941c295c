from typing import Literal

StandardsSectorOutSector = Literal["domestic", "ic", "unknown"]

STANDARDS_SECTOR_OUT_SECTOR_VALUES: set[StandardsSectorOutSector] = {
    "domestic",
    "ic",
    "unknown",
}


def check_standards_sector_out_sector(value: str) -> StandardsSectorOutSector:
    if value in STANDARDS_SECTOR_OUT_SECTOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARDS_SECTOR_OUT_SECTOR_VALUES!r}")
