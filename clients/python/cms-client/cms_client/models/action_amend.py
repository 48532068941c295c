from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.action_amend_action import ActionAmendAction, check_action_amend_action

if TYPE_CHECKING:
    from ..models.action_amend_fields import ActionAmendFields


T = TypeVar("T", bound="ActionAmend")


@_attrs_define
class ActionAmend:
    """
    Attributes:
        action (ActionAmendAction):
        fields (ActionAmendFields): the fields to change, each with its new value (null clears an optional one): the
            contact type's own fields (GET /contact-types) or its mprn, checked against the type's rules again; the summary
            and your reference stay as raised
    """

    action: ActionAmendAction
    fields: ActionAmendFields

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_amend_fields import ActionAmendFields  # noqa: PLC0415

        d = dict(src_dict)
        action = check_action_amend_action(d.pop("action"))

        fields = ActionAmendFields.from_dict(d.pop("fields"))

        action_amend = cls(
            action=action,
            fields=fields,
        )

        return action_amend
