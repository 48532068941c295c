from typing import Literal

BulkActionInVerdict = Literal["incorrect_data", "no_challenge", "valid"]

BULK_ACTION_IN_VERDICT_VALUES: set[BulkActionInVerdict] = {
    "incorrect_data",
    "no_challenge",
    "valid",
}


def check_bulk_action_in_verdict(value: str) -> BulkActionInVerdict:
    if value in BULK_ACTION_IN_VERDICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_IN_VERDICT_VALUES!r}")
