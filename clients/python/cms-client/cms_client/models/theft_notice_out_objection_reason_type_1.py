from typing import Literal

TheftNoticeOutObjectionReasonType1 = Literal[
    "already_settled", "dates_wrong", "no_theft", "not_registered", "other", "volume_too_high"
]

THEFT_NOTICE_OUT_OBJECTION_REASON_TYPE_1_VALUES: set[TheftNoticeOutObjectionReasonType1] = {
    "already_settled",
    "dates_wrong",
    "no_theft",
    "not_registered",
    "other",
    "volume_too_high",
}


def check_theft_notice_out_objection_reason_type_1(value: str) -> TheftNoticeOutObjectionReasonType1:
    if value in THEFT_NOTICE_OUT_OBJECTION_REASON_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THEFT_NOTICE_OUT_OBJECTION_REASON_TYPE_1_VALUES!r}")
