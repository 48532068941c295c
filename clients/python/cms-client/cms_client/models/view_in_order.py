from typing import Literal

ViewInOrder = Literal["due", "received"]

VIEW_IN_ORDER_VALUES: set[ViewInOrder] = {
    "due",
    "received",
}


def check_view_in_order(value: str) -> ViewInOrder:
    if value in VIEW_IN_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIEW_IN_ORDER_VALUES!r}")
