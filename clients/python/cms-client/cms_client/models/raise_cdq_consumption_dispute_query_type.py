from typing import Literal

RaiseCDQConsumptionDisputeQueryType = Literal["CDQ"]

RAISE_CDQ_CONSUMPTION_DISPUTE_QUERY_TYPE_VALUES: set[RaiseCDQConsumptionDisputeQueryType] = {
    "CDQ",
}


def check_raise_cdq_consumption_dispute_query_type(value: str) -> RaiseCDQConsumptionDisputeQueryType:
    if value in RAISE_CDQ_CONSUMPTION_DISPUTE_QUERY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_CDQ_CONSUMPTION_DISPUTE_QUERY_TYPE_VALUES!r}")
