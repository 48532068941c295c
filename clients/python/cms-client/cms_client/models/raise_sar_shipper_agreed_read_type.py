from typing import Literal

RaiseSARShipperAgreedReadType = Literal["SAR"]

RAISE_SAR_SHIPPER_AGREED_READ_TYPE_VALUES: set[RaiseSARShipperAgreedReadType] = {
    "SAR",
}


def check_raise_sar_shipper_agreed_read_type(value: str) -> RaiseSARShipperAgreedReadType:
    if value in RAISE_SAR_SHIPPER_AGREED_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_SAR_SHIPPER_AGREED_READ_TYPE_VALUES!r}")
