from typing import Literal

RaiseADDAddressAmendmentType = Literal["ADD"]

RAISE_ADD_ADDRESS_AMENDMENT_TYPE_VALUES: set[RaiseADDAddressAmendmentType] = {
    "ADD",
}


def check_raise_add_address_amendment_type(value: str) -> RaiseADDAddressAmendmentType:
    if value in RAISE_ADD_ADDRESS_AMENDMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_ADD_ADDRESS_AMENDMENT_TYPE_VALUES!r}")
