from typing import Literal

RFARequestForAdjustmentReason = Literal["correction_factor", "inaccurate_read", "meter_exchange", "reconciliation"]

RFA_REQUEST_FOR_ADJUSTMENT_REASON_VALUES: set[RFARequestForAdjustmentReason] = {
    "correction_factor",
    "inaccurate_read",
    "meter_exchange",
    "reconciliation",
}


def check_rfa_request_for_adjustment_reason(value: str) -> RFARequestForAdjustmentReason:
    if value in RFA_REQUEST_FOR_ADJUSTMENT_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RFA_REQUEST_FOR_ADJUSTMENT_REASON_VALUES!r}")
