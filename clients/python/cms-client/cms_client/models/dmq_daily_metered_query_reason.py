from typing import Literal

DMQDailyMeteredQueryReason = Literal["adjustment_needed", "equipment_fault", "missing_reads", "wrong_read"]

DMQ_DAILY_METERED_QUERY_REASON_VALUES: set[DMQDailyMeteredQueryReason] = {
    "adjustment_needed",
    "equipment_fault",
    "missing_reads",
    "wrong_read",
}


def check_dmq_daily_metered_query_reason(value: str) -> DMQDailyMeteredQueryReason:
    if value in DMQ_DAILY_METERED_QUERY_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DMQ_DAILY_METERED_QUERY_REASON_VALUES!r}")
