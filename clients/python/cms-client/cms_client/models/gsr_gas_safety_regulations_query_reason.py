from typing import Literal

GSRGasSafetyRegulationsQueryReason = Literal[
    "consumption_after_removal", "isolation_unconfirmed", "other", "removed_not_refitted"
]

GSR_GAS_SAFETY_REGULATIONS_QUERY_REASON_VALUES: set[GSRGasSafetyRegulationsQueryReason] = {
    "consumption_after_removal",
    "isolation_unconfirmed",
    "other",
    "removed_not_refitted",
}


def check_gsr_gas_safety_regulations_query_reason(value: str) -> GSRGasSafetyRegulationsQueryReason:
    if value in GSR_GAS_SAFETY_REGULATIONS_QUERY_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GSR_GAS_SAFETY_REGULATIONS_QUERY_REASON_VALUES!r}")
