from typing import Literal

RaiseGSRGasSafetyRegulationsQueryType = Literal["GSR"]

RAISE_GSR_GAS_SAFETY_REGULATIONS_QUERY_TYPE_VALUES: set[RaiseGSRGasSafetyRegulationsQueryType] = {
    "GSR",
}


def check_raise_gsr_gas_safety_regulations_query_type(value: str) -> RaiseGSRGasSafetyRegulationsQueryType:
    if value in RAISE_GSR_GAS_SAFETY_REGULATIONS_QUERY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RAISE_GSR_GAS_SAFETY_REGULATIONS_QUERY_TYPE_VALUES!r}"
    )
