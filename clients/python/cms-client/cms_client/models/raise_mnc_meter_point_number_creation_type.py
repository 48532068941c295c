from typing import Literal

RaiseMNCMeterPointNumberCreationType = Literal["MNC"]

RAISE_MNC_METER_POINT_NUMBER_CREATION_TYPE_VALUES: set[RaiseMNCMeterPointNumberCreationType] = {
    "MNC",
}


def check_raise_mnc_meter_point_number_creation_type(value: str) -> RaiseMNCMeterPointNumberCreationType:
    if value in RAISE_MNC_METER_POINT_NUMBER_CREATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RAISE_MNC_METER_POINT_NUMBER_CREATION_TYPE_VALUES!r}"
    )
