from typing import Literal

RaiseFOMFoundMeterPointType = Literal["FOM"]

RAISE_FOM_FOUND_METER_POINT_TYPE_VALUES: set[RaiseFOMFoundMeterPointType] = {
    "FOM",
}


def check_raise_fom_found_meter_point_type(value: str) -> RaiseFOMFoundMeterPointType:
    if value in RAISE_FOM_FOUND_METER_POINT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_FOM_FOUND_METER_POINT_TYPE_VALUES!r}")
