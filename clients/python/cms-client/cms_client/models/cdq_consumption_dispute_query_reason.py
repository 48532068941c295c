from typing import Literal

CDQConsumptionDisputeQueryReason = Literal["estimated_reads", "meter_fault", "unexplained_consumption", "wrong_read"]

CDQ_CONSUMPTION_DISPUTE_QUERY_REASON_VALUES: set[CDQConsumptionDisputeQueryReason] = {
    "estimated_reads",
    "meter_fault",
    "unexplained_consumption",
    "wrong_read",
}


def check_cdq_consumption_dispute_query_reason(value: str) -> CDQConsumptionDisputeQueryReason:
    if value in CDQ_CONSUMPTION_DISPUTE_QUERY_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CDQ_CONSUMPTION_DISPUTE_QUERY_REASON_VALUES!r}")
