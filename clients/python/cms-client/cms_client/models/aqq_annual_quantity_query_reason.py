from typing import Literal

AQQAnnualQuantityQueryReason = Literal["change_of_use", "demolition", "meter_fault", "other", "vacant_premises"]

AQQ_ANNUAL_QUANTITY_QUERY_REASON_VALUES: set[AQQAnnualQuantityQueryReason] = {
    "change_of_use",
    "demolition",
    "meter_fault",
    "other",
    "vacant_premises",
}


def check_aqq_annual_quantity_query_reason(value: str) -> AQQAnnualQuantityQueryReason:
    if value in AQQ_ANNUAL_QUANTITY_QUERY_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AQQ_ANNUAL_QUANTITY_QUERY_REASON_VALUES!r}")
