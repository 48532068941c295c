from typing import Literal

RaiseRFARequestForAdjustmentType = Literal["RFA"]

RAISE_RFA_REQUEST_FOR_ADJUSTMENT_TYPE_VALUES: set[RaiseRFARequestForAdjustmentType] = {
    "RFA",
}


def check_raise_rfa_request_for_adjustment_type(value: str) -> RaiseRFARequestForAdjustmentType:
    if value in RAISE_RFA_REQUEST_FOR_ADJUSTMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_RFA_REQUEST_FOR_ADJUSTMENT_TYPE_VALUES!r}")
