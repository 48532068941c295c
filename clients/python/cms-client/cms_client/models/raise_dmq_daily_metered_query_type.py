from typing import Literal

RaiseDMQDailyMeteredQueryType = Literal["DMQ"]

RAISE_DMQ_DAILY_METERED_QUERY_TYPE_VALUES: set[RaiseDMQDailyMeteredQueryType] = {
    "DMQ",
}


def check_raise_dmq_daily_metered_query_type(value: str) -> RaiseDMQDailyMeteredQueryType:
    if value in RAISE_DMQ_DAILY_METERED_QUERY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_DMQ_DAILY_METERED_QUERY_TYPE_VALUES!r}")
