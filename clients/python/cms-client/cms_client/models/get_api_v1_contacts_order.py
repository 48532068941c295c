from typing import Literal

GetApiV1ContactsOrder = Literal["due", "received"]

GET_API_V1_CONTACTS_ORDER_VALUES: set[GetApiV1ContactsOrder] = {
    "due",
    "received",
}


def check_get_api_v1_contacts_order(value: str) -> GetApiV1ContactsOrder:
    if value in GET_API_V1_CONTACTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_API_V1_CONTACTS_ORDER_VALUES!r}")
