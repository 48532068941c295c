from typing import Literal

SUSShipperlessAndUnregisteredSiteFoundByType2Type1 = Literal[
    "data_check", "gsr_investigation", "meter_read", "other", "site_visit"
]

SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_FOUND_BY_TYPE_2_TYPE_1_VALUES: set[
    SUSShipperlessAndUnregisteredSiteFoundByType2Type1
] = {
    "data_check",
    "gsr_investigation",
    "meter_read",
    "other",
    "site_visit",
}


def check_sus_shipperless_and_unregistered_site_found_by_type_2_type_1(
    value: str,
) -> SUSShipperlessAndUnregisteredSiteFoundByType2Type1:
    if value in SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_FOUND_BY_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_FOUND_BY_TYPE_2_TYPE_1_VALUES!r}"
    )
