from typing import Literal

StandardsOrganisationOutSector = Literal["domestic", "ic", "unknown"]

STANDARDS_ORGANISATION_OUT_SECTOR_VALUES: set[StandardsOrganisationOutSector] = {
    "domestic",
    "ic",
    "unknown",
}


def check_standards_organisation_out_sector(value: str) -> StandardsOrganisationOutSector:
    if value in STANDARDS_ORGANISATION_OUT_SECTOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARDS_ORGANISATION_OUT_SECTOR_VALUES!r}")
