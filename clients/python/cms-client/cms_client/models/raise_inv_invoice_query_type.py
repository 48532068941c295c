from typing import Literal

RaiseINVInvoiceQueryType = Literal["INV"]

RAISE_INV_INVOICE_QUERY_TYPE_VALUES: set[RaiseINVInvoiceQueryType] = {
    "INV",
}


def check_raise_inv_invoice_query_type(value: str) -> RaiseINVInvoiceQueryType:
    if value in RAISE_INV_INVOICE_QUERY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_INV_INVOICE_QUERY_TYPE_VALUES!r}")
