from typing import Literal

RaiseSUSShipperlessAndUnregisteredSiteType = Literal["SUS"]

RAISE_SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_TYPE_VALUES: set[RaiseSUSShipperlessAndUnregisteredSiteType] = {
    "SUS",
}


def check_raise_sus_shipperless_and_unregistered_site_type(value: str) -> RaiseSUSShipperlessAndUnregisteredSiteType:
    if value in RAISE_SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RAISE_SUS_SHIPPERLESS_AND_UNREGISTERED_SITE_TYPE_VALUES!r}"
    )
