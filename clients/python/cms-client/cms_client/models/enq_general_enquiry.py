from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.enq_general_enquiry_topic import ENQGeneralEnquiryTopic, check_enq_general_enquiry_topic

T = TypeVar("T", bound="ENQGeneralEnquiry")


@_attrs_define
class ENQGeneralEnquiry:
    """
    Attributes:
        topic (ENQGeneralEnquiryTopic): What it is about: data, portal, files, invoicing, process, other
        question (str): Your question in full
    """

    topic: ENQGeneralEnquiryTopic
    question: str

    def to_dict(self) -> dict[str, Any]:
        topic: str = self.topic

        question = self.question

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "topic": topic,
                "question": question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic = check_enq_general_enquiry_topic(d.pop("topic"))

        question = d.pop("question")

        enq_general_enquiry = cls(
            topic=topic,
            question=question,
        )

        return enq_general_enquiry
