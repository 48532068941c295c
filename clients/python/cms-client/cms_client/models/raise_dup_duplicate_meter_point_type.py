from typing import Literal

RaiseDUPDuplicateMeterPointType = Literal["DUP"]

RAISE_DUP_DUPLICATE_METER_POINT_TYPE_VALUES: set[RaiseDUPDuplicateMeterPointType] = {
    "DUP",
}


def check_raise_dup_duplicate_meter_point_type(value: str) -> RaiseDUPDuplicateMeterPointType:
    if value in RAISE_DUP_DUPLICATE_METER_POINT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_DUP_DUPLICATE_METER_POINT_TYPE_VALUES!r}")
