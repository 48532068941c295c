from typing import Literal

RaiseTOGTheftOfGasType = Literal["TOG"]

RAISE_TOG_THEFT_OF_GAS_TYPE_VALUES: set[RaiseTOGTheftOfGasType] = {
    "TOG",
}


def check_raise_tog_theft_of_gas_type(value: str) -> RaiseTOGTheftOfGasType:
    if value in RAISE_TOG_THEFT_OF_GAS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_TOG_THEFT_OF_GAS_TYPE_VALUES!r}")
