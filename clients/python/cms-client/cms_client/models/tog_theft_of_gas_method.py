from typing import Literal

TOGTheftOfGasMethod = Literal["bypass", "illegal_connection", "other", "reversed_meter", "tampered_meter"]

TOG_THEFT_OF_GAS_METHOD_VALUES: set[TOGTheftOfGasMethod] = {
    "bypass",
    "illegal_connection",
    "other",
    "reversed_meter",
    "tampered_meter",
}


def check_tog_theft_of_gas_method(value: str) -> TOGTheftOfGasMethod:
    if value in TOG_THEFT_OF_GAS_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOG_THEFT_OF_GAS_METHOD_VALUES!r}")
