from typing import Literal

SUSShipperlessAndUnregisteredSiteSiteCategory = Literal["shipperless", "unregistered"]

SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_SITE_CATEGORY_VALUES: set[SUSShipperlessAndUnregisteredSiteSiteCategory] = {
    "shipperless",
    "unregistered",
}


def check_sus_shipperless_and_unregistered_site_site_category(
    value: str,
) -> SUSShipperlessAndUnregisteredSiteSiteCategory:
    if value in SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_SITE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_SITE_CATEGORY_VALUES!r}"
    )
