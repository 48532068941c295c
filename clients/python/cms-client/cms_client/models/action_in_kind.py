from typing import Literal

ActionInKind = Literal["CCR", "DCR", "RFI"]

ACTION_IN_KIND_VALUES: set[ActionInKind] = {
    "CCR",
    "DCR",
    "RFI",
}


def check_action_in_kind(value: str) -> ActionInKind:
    if value in ACTION_IN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_IN_KIND_VALUES!r}")
