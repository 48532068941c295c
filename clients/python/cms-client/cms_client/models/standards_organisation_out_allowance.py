from typing import Literal

StandardsOrganisationOutAllowance = Literal["all", "inside", "outside"]

STANDARDS_ORGANISATION_OUT_ALLOWANCE_VALUES: set[StandardsOrganisationOutAllowance] = {
    "all",
    "inside",
    "outside",
}


def check_standards_organisation_out_allowance(value: str) -> StandardsOrganisationOutAllowance:
    if value in STANDARDS_ORGANISATION_OUT_ALLOWANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARDS_ORGANISATION_OUT_ALLOWANCE_VALUES!r}")
