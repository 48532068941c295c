from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.tog_theft_of_gas_method import TOGTheftOfGasMethod, check_tog_theft_of_gas_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="TOGTheftOfGas")


@_attrs_define
class TOGTheftOfGas:
    """
    Attributes:
        theft_start (datetime.date): When the theft is thought to have begun
        method (TOGTheftOfGasMethod): How: bypass, tampered_meter, reversed_meter, illegal_connection, other
        theft_end (datetime.date | None | str | Unset): When it ended (leave empty if it goes on)
        estimated_energy (int | None | Unset): Energy thought stolen, kWh
        meter_serial (None | str | Unset): Meter serial number, if there is a meter
        evidence (None | str | Unset): What was found, by whom, and when
        tras_reference (None | str | Unset): The CDSP only: the reference of the TRAS notice (Theft Risk Assessment
            Service) the theft was confirmed in; the contact goes to the Shipper, who may object to the volume (Energy
            thought stolen) within the window
        shipper (None | str | Unset): With a TRAS notice reference: the code of the Shipper it goes to (in the CDSP's
            files; on the portal and the API the organisation chosen is enough)
    """

    theft_start: datetime.date
    method: TOGTheftOfGasMethod
    theft_end: datetime.date | None | str | Unset = UNSET
    estimated_energy: int | None | Unset = UNSET
    meter_serial: None | str | Unset = UNSET
    evidence: None | str | Unset = UNSET
    tras_reference: None | str | Unset = UNSET
    shipper: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        theft_start = self.theft_start.isoformat()

        method: str = self.method

        theft_end: None | str | Unset
        if isinstance(self.theft_end, Unset):
            theft_end = UNSET
        elif isinstance(self.theft_end, datetime.date):
            theft_end = self.theft_end.isoformat()
        else:
            theft_end = self.theft_end

        estimated_energy: int | None | Unset
        if isinstance(self.estimated_energy, Unset):
            estimated_energy = UNSET
        else:
            estimated_energy = self.estimated_energy

        meter_serial: None | str | Unset
        if isinstance(self.meter_serial, Unset):
            meter_serial = UNSET
        else:
            meter_serial = self.meter_serial

        evidence: None | str | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        else:
            evidence = self.evidence

        tras_reference: None | str | Unset
        if isinstance(self.tras_reference, Unset):
            tras_reference = UNSET
        else:
            tras_reference = self.tras_reference

        shipper: None | str | Unset
        if isinstance(self.shipper, Unset):
            shipper = UNSET
        else:
            shipper = self.shipper

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "theft_start": theft_start,
                "method": method,
            }
        )
        if theft_end is not UNSET:
            field_dict["theft_end"] = theft_end
        if estimated_energy is not UNSET:
            field_dict["estimated_energy"] = estimated_energy
        if meter_serial is not UNSET:
            field_dict["meter_serial"] = meter_serial
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if tras_reference is not UNSET:
            field_dict["tras_reference"] = tras_reference
        if shipper is not UNSET:
            field_dict["shipper"] = shipper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        theft_start = datetime.date.fromisoformat(d.pop("theft_start"))

        method = check_tog_theft_of_gas_method(d.pop("method"))

        def _parse_theft_end(data: object) -> datetime.date | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                theft_end_type_0_type_0 = datetime.date.fromisoformat(data)

                return theft_end_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | str | Unset, data)

        theft_end = _parse_theft_end(d.pop("theft_end", UNSET))

        def _parse_estimated_energy(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_energy = _parse_estimated_energy(d.pop("estimated_energy", UNSET))

        def _parse_meter_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_serial = _parse_meter_serial(d.pop("meter_serial", UNSET))

        def _parse_evidence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        def _parse_tras_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tras_reference = _parse_tras_reference(d.pop("tras_reference", UNSET))

        def _parse_shipper(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipper = _parse_shipper(d.pop("shipper", UNSET))

        tog_theft_of_gas = cls(
            theft_start=theft_start,
            method=method,
            theft_end=theft_end,
            estimated_energy=estimated_energy,
            meter_serial=meter_serial,
            evidence=evidence,
            tras_reference=tras_reference,
            shipper=shipper,
        )

        return tog_theft_of_gas
