from typing import Literal

INVInvoiceQueryInvoiceType = Literal["amendment", "ancillary", "commodity", "reconciliation"]

INV_INVOICE_QUERY_INVOICE_TYPE_VALUES: set[INVInvoiceQueryInvoiceType] = {
    "amendment",
    "ancillary",
    "commodity",
    "reconciliation",
}


def check_inv_invoice_query_invoice_type(value: str) -> INVInvoiceQueryInvoiceType:
    if value in INV_INVOICE_QUERY_INVOICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INV_INVOICE_QUERY_INVOICE_TYPE_VALUES!r}")
