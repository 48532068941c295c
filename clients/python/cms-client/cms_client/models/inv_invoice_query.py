from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.inv_invoice_query_invoice_type import INVInvoiceQueryInvoiceType, check_inv_invoice_query_invoice_type

T = TypeVar("T", bound="INVInvoiceQuery")


@_attrs_define
class INVInvoiceQuery:
    """
    Attributes:
        invoice_number (str): The invoice's number
        invoice_date (datetime.date): The invoice's date
        invoice_type (INVInvoiceQueryInvoiceType): Which invoice: commodity, amendment, reconciliation, ancillary
        disputed_amount (float): The amount in question, GBP
    """

    invoice_number: str
    invoice_date: datetime.date
    invoice_type: INVInvoiceQueryInvoiceType
    disputed_amount: float

    def to_dict(self) -> dict[str, Any]:
        invoice_number = self.invoice_number

        invoice_date = self.invoice_date.isoformat()

        invoice_type: str = self.invoice_type

        disputed_amount = self.disputed_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoice_number": invoice_number,
                "invoice_date": invoice_date,
                "invoice_type": invoice_type,
                "disputed_amount": disputed_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_number = d.pop("invoice_number")

        invoice_date = datetime.date.fromisoformat(d.pop("invoice_date"))

        invoice_type = check_inv_invoice_query_invoice_type(d.pop("invoice_type"))

        disputed_amount = d.pop("disputed_amount")

        inv_invoice_query = cls(
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            invoice_type=invoice_type,
            disputed_amount=disputed_amount,
        )

        return inv_invoice_query
