from typing import Literal

BulkActionSetCedAction = Literal["set_ced"]

BULK_ACTION_SET_CED_ACTION_VALUES: set[BulkActionSetCedAction] = {
    "set_ced",
}


def check_bulk_action_set_ced_action(value: str) -> BulkActionSetCedAction:
    if value in BULK_ACTION_SET_CED_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_SET_CED_ACTION_VALUES!r}")
