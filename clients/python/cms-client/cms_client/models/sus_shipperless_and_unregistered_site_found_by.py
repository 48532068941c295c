from typing import Literal

SUSShipperlessAndUnregisteredSiteFoundBy = Literal[
    "data_check", "gsr_investigation", "meter_read", "other", "site_visit"
]

SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_FOUND_BY_VALUES: set[SUSShipperlessAndUnregisteredSiteFoundBy] = {
    "data_check",
    "gsr_investigation",
    "meter_read",
    "other",
    "site_visit",
}


def check_sus_shipperless_and_unregistered_site_found_by(value: str) -> SUSShipperlessAndUnregisteredSiteFoundBy:
    if value in SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_FOUND_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_FOUND_BY_VALUES!r}"
    )
