from typing import Literal

RFARequestForAdjustmentSupplyPointClass = Literal[1, 2, 3, 4]

RFA_REQUEST_FOR_ADJUSTMENT_SUPPLY_POINT_CLASS_VALUES: set[RFARequestForAdjustmentSupplyPointClass] = {
    1,
    2,
    3,
    4,
}


def check_rfa_request_for_adjustment_supply_point_class(value: int) -> RFARequestForAdjustmentSupplyPointClass:
    if value in RFA_REQUEST_FOR_ADJUSTMENT_SUPPLY_POINT_CLASS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RFA_REQUEST_FOR_ADJUSTMENT_SUPPLY_POINT_CLASS_VALUES!r}"
    )
