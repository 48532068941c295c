from typing import Literal

BulkActionInKind = Literal["CCR", "DCR", "RFI"]

BULK_ACTION_IN_KIND_VALUES: set[BulkActionInKind] = {
    "CCR",
    "DCR",
    "RFI",
}


def check_bulk_action_in_kind(value: str) -> BulkActionInKind:
    if value in BULK_ACTION_IN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_IN_KIND_VALUES!r}")
