from typing import Literal

ObjectionInReason = Literal["already_settled", "dates_wrong", "no_theft", "not_registered", "other", "volume_too_high"]

OBJECTION_IN_REASON_VALUES: set[ObjectionInReason] = {
    "already_settled",
    "dates_wrong",
    "no_theft",
    "not_registered",
    "other",
    "volume_too_high",
}


def check_objection_in_reason(value: str) -> ObjectionInReason:
    if value in OBJECTION_IN_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OBJECTION_IN_REASON_VALUES!r}")
