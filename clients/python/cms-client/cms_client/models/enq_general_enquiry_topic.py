from typing import Literal

ENQGeneralEnquiryTopic = Literal["data", "files", "invoicing", "other", "portal", "process"]

ENQ_GENERAL_ENQUIRY_TOPIC_VALUES: set[ENQGeneralEnquiryTopic] = {
    "data",
    "files",
    "invoicing",
    "other",
    "portal",
    "process",
}


def check_enq_general_enquiry_topic(value: str) -> ENQGeneralEnquiryTopic:
    if value in ENQ_GENERAL_ENQUIRY_TOPIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENQ_GENERAL_ENQUIRY_TOPIC_VALUES!r}")
