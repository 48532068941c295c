from typing import Literal

TheftNoticeOutOutcome = Literal["accepted", "amended", "deemed_accepted", "objected", "pending", "upheld", "withdrawn"]

THEFT_NOTICE_OUT_OUTCOME_VALUES: set[TheftNoticeOutOutcome] = {
    "accepted",
    "amended",
    "deemed_accepted",
    "objected",
    "pending",
    "upheld",
    "withdrawn",
}


def check_theft_notice_out_outcome(value: str) -> TheftNoticeOutOutcome:
    if value in THEFT_NOTICE_OUT_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THEFT_NOTICE_OUT_OUTCOME_VALUES!r}")
