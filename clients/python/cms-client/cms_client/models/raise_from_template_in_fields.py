from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RaiseFromTemplateInFields")


@_attrs_define
class RaiseFromTemplateInFields:
    """the template type's own fields to give or replace (its <TYPE>Fields schema); a field given null is left out (another
    type's field is answered 422)

        Attributes:
            address (Any | Unset): a field of the template's type
            adjustment_end (Any | Unset): a field of the template's type
            adjustment_start (Any | Unset): a field of the template's type
            agreed_read (Any | Unset): a field of the template's type
            annual_quantity (Any | Unset): a field of the template's type
            building (Any | Unset): a field of the template's type
            close_read (Any | Unset): a field of the template's type
            correction_factor (Any | Unset): a field of the template's type
            current_aq (Any | Unset): a field of the template's type
            daily_read (Any | Unset): a field of the template's type
            details (Any | Unset): a field of the template's type
            dispute_end (Any | Unset): a field of the template's type
            dispute_start (Any | Unset): a field of the template's type
            disputed_amount (Any | Unset): a field of the template's type
            disputed_read (Any | Unset): a field of the template's type
            dmsp (Any | Unset): a field of the template's type
            duplicate_mprn (Any | Unset): a field of the template's type
            effective_date (Any | Unset): a field of the template's type
            estimated_aq (Any | Unset): a field of the template's type
            estimated_energy (Any | Unset): a field of the template's type
            evidence (Any | Unset): a field of the template's type
            found_by (Any | Unset): a field of the template's type
            found_date (Any | Unset): a field of the template's type
            identified_on (Any | Unset): a field of the template's type
            igt (Any | Unset): a field of the template's type
            invoice_date (Any | Unset): a field of the template's type
            invoice_number (Any | Unset): a field of the template's type
            invoice_type (Any | Unset): a field of the template's type
            last_shipper (Any | Unset): a field of the template's type
            meter_serial (Any | Unset): a field of the template's type
            method (Any | Unset): a field of the template's type
            network (Any | Unset): a field of the template's type
            new_build (Any | Unset): a field of the template's type
            open_read (Any | Unset): a field of the template's type
            other_shipper (Any | Unset): a field of the template's type
            postcode (Any | Unset): a field of the template's type
            previous_read (Any | Unset): a field of the template's type
            proposed_aq (Any | Unset): a field of the template's type
            proposed_read (Any | Unset): a field of the template's type
            query_date (Any | Unset): a field of the template's type
            question (Any | Unset): a field of the template's type
            read (Any | Unset): a field of the template's type
            read_date (Any | Unset): a field of the template's type
            reason (Any | Unset): a field of the template's type
            removal_date (Any | Unset): a field of the template's type
            shipper (Any | Unset): a field of the template's type
            site_category (Any | Unset): a field of the template's type
            street (Any | Unset): a field of the template's type
            supply_point_class (Any | Unset): a field of the template's type
            theft_end (Any | Unset): a field of the template's type
            theft_start (Any | Unset): a field of the template's type
            topic (Any | Unset): a field of the template's type
            town (Any | Unset): a field of the template's type
            tras_reference (Any | Unset): a field of the template's type
            uprn (Any | Unset): a field of the template's type
    """

    address: Any | Unset = UNSET
    adjustment_end: Any | Unset = UNSET
    adjustment_start: Any | Unset = UNSET
    agreed_read: Any | Unset = UNSET
    annual_quantity: Any | Unset = UNSET
    building: Any | Unset = UNSET
    close_read: Any | Unset = UNSET
    correction_factor: Any | Unset = UNSET
    current_aq: Any | Unset = UNSET
    daily_read: Any | Unset = UNSET
    details: Any | Unset = UNSET
    dispute_end: Any | Unset = UNSET
    dispute_start: Any | Unset = UNSET
    disputed_amount: Any | Unset = UNSET
    disputed_read: Any | Unset = UNSET
    dmsp: Any | Unset = UNSET
    duplicate_mprn: Any | Unset = UNSET
    effective_date: Any | Unset = UNSET
    estimated_aq: Any | Unset = UNSET
    estimated_energy: Any | Unset = UNSET
    evidence: Any | Unset = UNSET
    found_by: Any | Unset = UNSET
    found_date: Any | Unset = UNSET
    identified_on: Any | Unset = UNSET
    igt: Any | Unset = UNSET
    invoice_date: Any | Unset = UNSET
    invoice_number: Any | Unset = UNSET
    invoice_type: Any | Unset = UNSET
    last_shipper: Any | Unset = UNSET
    meter_serial: Any | Unset = UNSET
    method: Any | Unset = UNSET
    network: Any | Unset = UNSET
    new_build: Any | Unset = UNSET
    open_read: Any | Unset = UNSET
    other_shipper: Any | Unset = UNSET
    postcode: Any | Unset = UNSET
    previous_read: Any | Unset = UNSET
    proposed_aq: Any | Unset = UNSET
    proposed_read: Any | Unset = UNSET
    query_date: Any | Unset = UNSET
    question: Any | Unset = UNSET
    read: Any | Unset = UNSET
    read_date: Any | Unset = UNSET
    reason: Any | Unset = UNSET
    removal_date: Any | Unset = UNSET
    shipper: Any | Unset = UNSET
    site_category: Any | Unset = UNSET
    street: Any | Unset = UNSET
    supply_point_class: Any | Unset = UNSET
    theft_end: Any | Unset = UNSET
    theft_start: Any | Unset = UNSET
    topic: Any | Unset = UNSET
    town: Any | Unset = UNSET
    tras_reference: Any | Unset = UNSET
    uprn: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        adjustment_end = self.adjustment_end

        adjustment_start = self.adjustment_start

        agreed_read = self.agreed_read

        annual_quantity = self.annual_quantity

        building = self.building

        close_read = self.close_read

        correction_factor = self.correction_factor

        current_aq = self.current_aq

        daily_read = self.daily_read

        details = self.details

        dispute_end = self.dispute_end

        dispute_start = self.dispute_start

        disputed_amount = self.disputed_amount

        disputed_read = self.disputed_read

        dmsp = self.dmsp

        duplicate_mprn = self.duplicate_mprn

        effective_date = self.effective_date

        estimated_aq = self.estimated_aq

        estimated_energy = self.estimated_energy

        evidence = self.evidence

        found_by = self.found_by

        found_date = self.found_date

        identified_on = self.identified_on

        igt = self.igt

        invoice_date = self.invoice_date

        invoice_number = self.invoice_number

        invoice_type = self.invoice_type

        last_shipper = self.last_shipper

        meter_serial = self.meter_serial

        method = self.method

        network = self.network

        new_build = self.new_build

        open_read = self.open_read

        other_shipper = self.other_shipper

        postcode = self.postcode

        previous_read = self.previous_read

        proposed_aq = self.proposed_aq

        proposed_read = self.proposed_read

        query_date = self.query_date

        question = self.question

        read = self.read

        read_date = self.read_date

        reason = self.reason

        removal_date = self.removal_date

        shipper = self.shipper

        site_category = self.site_category

        street = self.street

        supply_point_class = self.supply_point_class

        theft_end = self.theft_end

        theft_start = self.theft_start

        topic = self.topic

        town = self.town

        tras_reference = self.tras_reference

        uprn = self.uprn

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if adjustment_end is not UNSET:
            field_dict["adjustment_end"] = adjustment_end
        if adjustment_start is not UNSET:
            field_dict["adjustment_start"] = adjustment_start
        if agreed_read is not UNSET:
            field_dict["agreed_read"] = agreed_read
        if annual_quantity is not UNSET:
            field_dict["annual_quantity"] = annual_quantity
        if building is not UNSET:
            field_dict["building"] = building
        if close_read is not UNSET:
            field_dict["close_read"] = close_read
        if correction_factor is not UNSET:
            field_dict["correction_factor"] = correction_factor
        if current_aq is not UNSET:
            field_dict["current_aq"] = current_aq
        if daily_read is not UNSET:
            field_dict["daily_read"] = daily_read
        if details is not UNSET:
            field_dict["details"] = details
        if dispute_end is not UNSET:
            field_dict["dispute_end"] = dispute_end
        if dispute_start is not UNSET:
            field_dict["dispute_start"] = dispute_start
        if disputed_amount is not UNSET:
            field_dict["disputed_amount"] = disputed_amount
        if disputed_read is not UNSET:
            field_dict["disputed_read"] = disputed_read
        if dmsp is not UNSET:
            field_dict["dmsp"] = dmsp
        if duplicate_mprn is not UNSET:
            field_dict["duplicate_mprn"] = duplicate_mprn
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if estimated_aq is not UNSET:
            field_dict["estimated_aq"] = estimated_aq
        if estimated_energy is not UNSET:
            field_dict["estimated_energy"] = estimated_energy
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if found_by is not UNSET:
            field_dict["found_by"] = found_by
        if found_date is not UNSET:
            field_dict["found_date"] = found_date
        if identified_on is not UNSET:
            field_dict["identified_on"] = identified_on
        if igt is not UNSET:
            field_dict["igt"] = igt
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if last_shipper is not UNSET:
            field_dict["last_shipper"] = last_shipper
        if meter_serial is not UNSET:
            field_dict["meter_serial"] = meter_serial
        if method is not UNSET:
            field_dict["method"] = method
        if network is not UNSET:
            field_dict["network"] = network
        if new_build is not UNSET:
            field_dict["new_build"] = new_build
        if open_read is not UNSET:
            field_dict["open_read"] = open_read
        if other_shipper is not UNSET:
            field_dict["other_shipper"] = other_shipper
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if previous_read is not UNSET:
            field_dict["previous_read"] = previous_read
        if proposed_aq is not UNSET:
            field_dict["proposed_aq"] = proposed_aq
        if proposed_read is not UNSET:
            field_dict["proposed_read"] = proposed_read
        if query_date is not UNSET:
            field_dict["query_date"] = query_date
        if question is not UNSET:
            field_dict["question"] = question
        if read is not UNSET:
            field_dict["read"] = read
        if read_date is not UNSET:
            field_dict["read_date"] = read_date
        if reason is not UNSET:
            field_dict["reason"] = reason
        if removal_date is not UNSET:
            field_dict["removal_date"] = removal_date
        if shipper is not UNSET:
            field_dict["shipper"] = shipper
        if site_category is not UNSET:
            field_dict["site_category"] = site_category
        if street is not UNSET:
            field_dict["street"] = street
        if supply_point_class is not UNSET:
            field_dict["supply_point_class"] = supply_point_class
        if theft_end is not UNSET:
            field_dict["theft_end"] = theft_end
        if theft_start is not UNSET:
            field_dict["theft_start"] = theft_start
        if topic is not UNSET:
            field_dict["topic"] = topic
        if town is not UNSET:
            field_dict["town"] = town
        if tras_reference is not UNSET:
            field_dict["tras_reference"] = tras_reference
        if uprn is not UNSET:
            field_dict["uprn"] = uprn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        adjustment_end = d.pop("adjustment_end", UNSET)

        adjustment_start = d.pop("adjustment_start", UNSET)

        agreed_read = d.pop("agreed_read", UNSET)

        annual_quantity = d.pop("annual_quantity", UNSET)

        building = d.pop("building", UNSET)

        close_read = d.pop("close_read", UNSET)

        correction_factor = d.pop("correction_factor", UNSET)

        current_aq = d.pop("current_aq", UNSET)

        daily_read = d.pop("daily_read", UNSET)

        details = d.pop("details", UNSET)

        dispute_end = d.pop("dispute_end", UNSET)

        dispute_start = d.pop("dispute_start", UNSET)

        disputed_amount = d.pop("disputed_amount", UNSET)

        disputed_read = d.pop("disputed_read", UNSET)

        dmsp = d.pop("dmsp", UNSET)

        duplicate_mprn = d.pop("duplicate_mprn", UNSET)

        effective_date = d.pop("effective_date", UNSET)

        estimated_aq = d.pop("estimated_aq", UNSET)

        estimated_energy = d.pop("estimated_energy", UNSET)

        evidence = d.pop("evidence", UNSET)

        found_by = d.pop("found_by", UNSET)

        found_date = d.pop("found_date", UNSET)

        identified_on = d.pop("identified_on", UNSET)

        igt = d.pop("igt", UNSET)

        invoice_date = d.pop("invoice_date", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        invoice_type = d.pop("invoice_type", UNSET)

        last_shipper = d.pop("last_shipper", UNSET)

        meter_serial = d.pop("meter_serial", UNSET)

        method = d.pop("method", UNSET)

        network = d.pop("network", UNSET)

        new_build = d.pop("new_build", UNSET)

        open_read = d.pop("open_read", UNSET)

        other_shipper = d.pop("other_shipper", UNSET)

        postcode = d.pop("postcode", UNSET)

        previous_read = d.pop("previous_read", UNSET)

        proposed_aq = d.pop("proposed_aq", UNSET)

        proposed_read = d.pop("proposed_read", UNSET)

        query_date = d.pop("query_date", UNSET)

        question = d.pop("question", UNSET)

        read = d.pop("read", UNSET)

        read_date = d.pop("read_date", UNSET)

        reason = d.pop("reason", UNSET)

        removal_date = d.pop("removal_date", UNSET)

        shipper = d.pop("shipper", UNSET)

        site_category = d.pop("site_category", UNSET)

        street = d.pop("street", UNSET)

        supply_point_class = d.pop("supply_point_class", UNSET)

        theft_end = d.pop("theft_end", UNSET)

        theft_start = d.pop("theft_start", UNSET)

        topic = d.pop("topic", UNSET)

        town = d.pop("town", UNSET)

        tras_reference = d.pop("tras_reference", UNSET)

        uprn = d.pop("uprn", UNSET)

        raise_from_template_in_fields = cls(
            address=address,
            adjustment_end=adjustment_end,
            adjustment_start=adjustment_start,
            agreed_read=agreed_read,
            annual_quantity=annual_quantity,
            building=building,
            close_read=close_read,
            correction_factor=correction_factor,
            current_aq=current_aq,
            daily_read=daily_read,
            details=details,
            dispute_end=dispute_end,
            dispute_start=dispute_start,
            disputed_amount=disputed_amount,
            disputed_read=disputed_read,
            dmsp=dmsp,
            duplicate_mprn=duplicate_mprn,
            effective_date=effective_date,
            estimated_aq=estimated_aq,
            estimated_energy=estimated_energy,
            evidence=evidence,
            found_by=found_by,
            found_date=found_date,
            identified_on=identified_on,
            igt=igt,
            invoice_date=invoice_date,
            invoice_number=invoice_number,
            invoice_type=invoice_type,
            last_shipper=last_shipper,
            meter_serial=meter_serial,
            method=method,
            network=network,
            new_build=new_build,
            open_read=open_read,
            other_shipper=other_shipper,
            postcode=postcode,
            previous_read=previous_read,
            proposed_aq=proposed_aq,
            proposed_read=proposed_read,
            query_date=query_date,
            question=question,
            read=read,
            read_date=read_date,
            reason=reason,
            removal_date=removal_date,
            shipper=shipper,
            site_category=site_category,
            street=street,
            supply_point_class=supply_point_class,
            theft_end=theft_end,
            theft_start=theft_start,
            topic=topic,
            town=town,
            tras_reference=tras_reference,
            uprn=uprn,
        )

        return raise_from_template_in_fields
