from typing import Literal

RaiseAQQAnnualQuantityQueryType = Literal["AQQ"]

RAISE_AQQ_ANNUAL_QUANTITY_QUERY_TYPE_VALUES: set[RaiseAQQAnnualQuantityQueryType] = {
    "AQQ",
}


def check_raise_aqq_annual_quantity_query_type(value: str) -> RaiseAQQAnnualQuantityQueryType:
    if value in RAISE_AQQ_ANNUAL_QUANTITY_QUERY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_AQQ_ANNUAL_QUANTITY_QUERY_TYPE_VALUES!r}")
