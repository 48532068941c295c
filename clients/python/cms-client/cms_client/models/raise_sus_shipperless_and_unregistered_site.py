from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.raise_sus_shipperless_and_unregistered_site_type import (
    RaiseSUSShipperlessAndUnregisteredSiteType,
    check_raise_sus_shipperless_and_unregistered_site_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sus_shipperless_and_unregistered_site import SUSShipperlessAndUnregisteredSite


T = TypeVar("T", bound="RaiseSUSShipperlessAndUnregisteredSite")


@_attrs_define
class RaiseSUSShipperlessAndUnregisteredSite:
    """A meter point taking gas with no Shipper responsible for it: shipperless (a Shipper was registered once) or
    unregistered (a new connection nobody registered). The CDSP raises it to the Shipper it finds responsible, where it
    starts with the CED SPUR (Supply Point Update Required: register the supply point or have the site made safe), or to
    the Network, where it starts with ALNW (Allocated to Networks). A Network may also report such a site to the CDSP
    (WCDS), which then allocates it. See the [Shipperless and unregistered sites guide](shipperless-sites). Raised by:
    gt, igt and the CDSP; a caller who may not raise it is answered 403. A rule of the type beyond this schema (a date
    not in the future, an end not before its start ...) is answered 422 naming the field.

        Example:
            {'type': 'SUS', 'mprn': '3938424403', 'summary': 'Gas taken at a site with no Shipper', 'site_category':
                'shipperless', 'identified_on': '2026-03-02', 'found_by': 'gsr_investigation', 'meter_serial': 'E6S-2201'}

        Attributes:
            type_ (RaiseSUSShipperlessAndUnregisteredSiteType):
            mprn (str): Meter Point Reference Number, with its check digits
            summary (str): What the contact is about, in a sentence
            fields (SUSShipperlessAndUnregisteredSite):
            originator_ref (None | str | Unset): Your own reference, unique among your open contacts of this type
            to_org (None | str | Unset): CDSP callers only, and for them required: the code of the active participant
                organisation it is raised to (whose portal offers the type). A participant's contact goes to the CDSP, or where
                its type routes it.
    """

    type_: RaiseSUSShipperlessAndUnregisteredSiteType
    mprn: str
    summary: str
    fields: SUSShipperlessAndUnregisteredSite
    originator_ref: None | str | Unset = UNSET
    to_org: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        mprn = self.mprn

        summary = self.summary

        fields = self.fields.to_dict()

        originator_ref: None | str | Unset
        if isinstance(self.originator_ref, Unset):
            originator_ref = UNSET
        else:
            originator_ref = self.originator_ref

        to_org: None | str | Unset
        if isinstance(self.to_org, Unset):
            to_org = UNSET
        else:
            to_org = self.to_org

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "mprn": mprn,
                "summary": summary,
                "fields": fields,
            }
        )
        if originator_ref is not UNSET:
            field_dict["originator_ref"] = originator_ref
        if to_org is not UNSET:
            field_dict["to_org"] = to_org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sus_shipperless_and_unregistered_site import SUSShipperlessAndUnregisteredSite  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_raise_sus_shipperless_and_unregistered_site_type(d.pop("type"))

        mprn = d.pop("mprn")

        summary = d.pop("summary")

        fields = SUSShipperlessAndUnregisteredSite.from_dict(d.pop("fields"))

        def _parse_originator_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        originator_ref = _parse_originator_ref(d.pop("originator_ref", UNSET))

        def _parse_to_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_org = _parse_to_org(d.pop("to_org", UNSET))

        raise_sus_shipperless_and_unregistered_site = cls(
            type_=type_,
            mprn=mprn,
            summary=summary,
            fields=fields,
            originator_ref=originator_ref,
            to_org=to_org,
        )

        return raise_sus_shipperless_and_unregistered_site
