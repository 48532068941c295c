from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sus_shipperless_and_unregistered_site_found_by_type_1 import (
    SUSShipperlessAndUnregisteredSiteFoundByType1,
    check_sus_shipperless_and_unregistered_site_found_by_type_1,
)
from ..models.sus_shipperless_and_unregistered_site_found_by_type_2_type_1 import (
    SUSShipperlessAndUnregisteredSiteFoundByType2Type1,
    check_sus_shipperless_and_unregistered_site_found_by_type_2_type_1,
)
from ..models.sus_shipperless_and_unregistered_site_found_by_type_3_type_1 import (
    SUSShipperlessAndUnregisteredSiteFoundByType3Type1,
    check_sus_shipperless_and_unregistered_site_found_by_type_3_type_1,
)
from ..models.sus_shipperless_and_unregistered_site_site_category import (
    SUSShipperlessAndUnregisteredSiteSiteCategory,
    check_sus_shipperless_and_unregistered_site_site_category,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SUSShipperlessAndUnregisteredSite")


@_attrs_define
class SUSShipperlessAndUnregisteredSite:
    """
    Attributes:
        site_category (SUSShipperlessAndUnregisteredSiteSiteCategory): shipperless: a Shipper was registered once but
            none is now; unregistered: a new connection no Shipper has registered
        identified_on (datetime.date): The day the site was found taking gas without a Shipper
        found_by (None | SUSShipperlessAndUnregisteredSiteFoundByType1 |
            SUSShipperlessAndUnregisteredSiteFoundByType2Type1 | SUSShipperlessAndUnregisteredSiteFoundByType3Type1 |
            Unset): How it was found: gsr_investigation, site_visit, meter_read, data_check, other
        meter_serial (None | str | Unset): Serial number of the meter on site, if there is one
        last_shipper (None | str | Unset): Code of the Shipper last registered at the meter point (shipperless sites)
        address (None | str | Unset): Where the site is
        postcode (None | str | Unset): Postcode of the site
        details (None | str | Unset): What is known of the site and its gas use
    """

    site_category: SUSShipperlessAndUnregisteredSiteSiteCategory
    identified_on: datetime.date
    found_by: (
        None
        | SUSShipperlessAndUnregisteredSiteFoundByType1
        | SUSShipperlessAndUnregisteredSiteFoundByType2Type1
        | SUSShipperlessAndUnregisteredSiteFoundByType3Type1
        | Unset
    ) = UNSET
    meter_serial: None | str | Unset = UNSET
    last_shipper: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    details: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        site_category: str = self.site_category

        identified_on = self.identified_on.isoformat()

        found_by: None | str | Unset
        if isinstance(self.found_by, Unset):
            found_by = UNSET
        elif isinstance(self.found_by, str):
            found_by = self.found_by
        elif isinstance(self.found_by, str):
            found_by = self.found_by
        elif isinstance(self.found_by, str):
            found_by = self.found_by
        else:
            found_by = self.found_by

        meter_serial: None | str | Unset
        if isinstance(self.meter_serial, Unset):
            meter_serial = UNSET
        else:
            meter_serial = self.meter_serial

        last_shipper: None | str | Unset
        if isinstance(self.last_shipper, Unset):
            last_shipper = UNSET
        else:
            last_shipper = self.last_shipper

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "site_category": site_category,
                "identified_on": identified_on,
            }
        )
        if found_by is not UNSET:
            field_dict["found_by"] = found_by
        if meter_serial is not UNSET:
            field_dict["meter_serial"] = meter_serial
        if last_shipper is not UNSET:
            field_dict["last_shipper"] = last_shipper
        if address is not UNSET:
            field_dict["address"] = address
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        site_category = check_sus_shipperless_and_unregistered_site_site_category(d.pop("site_category"))

        identified_on = datetime.date.fromisoformat(d.pop("identified_on"))

        def _parse_found_by(
            data: object,
        ) -> (
            None
            | SUSShipperlessAndUnregisteredSiteFoundByType1
            | SUSShipperlessAndUnregisteredSiteFoundByType2Type1
            | SUSShipperlessAndUnregisteredSiteFoundByType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                found_by_type_1 = check_sus_shipperless_and_unregistered_site_found_by_type_1(data)

                return found_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                found_by_type_2_type_1 = check_sus_shipperless_and_unregistered_site_found_by_type_2_type_1(data)

                return found_by_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                found_by_type_3_type_1 = check_sus_shipperless_and_unregistered_site_found_by_type_3_type_1(data)

                return found_by_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SUSShipperlessAndUnregisteredSiteFoundByType1
                | SUSShipperlessAndUnregisteredSiteFoundByType2Type1
                | SUSShipperlessAndUnregisteredSiteFoundByType3Type1
                | Unset,
                data,
            )

        found_by = _parse_found_by(d.pop("found_by", UNSET))

        def _parse_meter_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_serial = _parse_meter_serial(d.pop("meter_serial", UNSET))

        def _parse_last_shipper(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_shipper = _parse_last_shipper(d.pop("last_shipper", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        sus_shipperless_and_unregistered_site = cls(
            site_category=site_category,
            identified_on=identified_on,
            found_by=found_by,
            meter_serial=meter_serial,
            last_shipper=last_shipper,
            address=address,
            postcode=postcode,
            details=details,
        )

        return sus_shipperless_and_unregistered_site
