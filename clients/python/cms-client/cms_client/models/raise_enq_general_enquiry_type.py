from typing import Literal

RaiseENQGeneralEnquiryType = Literal["ENQ"]

RAISE_ENQ_GENERAL_ENQUIRY_TYPE_VALUES: set[RaiseENQGeneralEnquiryType] = {
    "ENQ",
}


def check_raise_enq_general_enquiry_type(value: str) -> RaiseENQGeneralEnquiryType:
    if value in RAISE_ENQ_GENERAL_ENQUIRY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RAISE_ENQ_GENERAL_ENQUIRY_TYPE_VALUES!r}")
