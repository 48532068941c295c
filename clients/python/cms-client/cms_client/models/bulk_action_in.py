from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_action_in_action import BulkActionInAction, check_bulk_action_in_action
from ..models.bulk_action_in_kind import BulkActionInKind, check_bulk_action_in_kind
from ..models.bulk_action_in_verdict import BulkActionInVerdict, check_bulk_action_in_verdict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_action_in_fields import BulkActionInFields


T = TypeVar("T", bound="BulkActionIn")


@_attrs_define
class BulkActionIn:
    """
    Attributes:
        action (BulkActionInAction):
        references (list[str]): the contacts to act on (at most 500)
        text (str | Unset): reason, resolution, question or answer; chase: the reminder (optional); extend: why
        code (None | str | Unset): reject: the rejection code; resolve: a resolution code (optional); set_ced: the CED
            code (see GET /contact-types)
        template (int | Unset): message, request_info, resolve, reject: one of your organisation's templates (GET
            /templates), its variables filled from each contact; `text` then follows it, and on resolve/reject it gives the
            code unless `code` is given
        kind (BulkActionInKind | Unset): request_info: the kind of correspondence
        due_days (int | Unset): request_info: business days to answer; extend: business days to add
        to_org (str | Unset): allocate/transfer: organisation code
        ced (str | Unset): allocate: the CED to set
        assignee (None | str | Unset): assign: the person's email (null to unassign)
        fields (BulkActionInFields | Unset): amend: fields to change
        of (str | Unset): mark_duplicate: the reference of the contact this one duplicates (it is closed as such)
        verdict (BulkActionInVerdict | Unset): resolve, by the CDSP on a participant's contact: the query allowance
            verdict (UNC Mod 565), valid unless given; no_challenge or incorrect_data make it invalid: it goes to the
            organisation's shadow log. Anyone else giving one is refused (422)
    """

    action: BulkActionInAction
    references: list[str]
    text: str | Unset = UNSET
    code: None | str | Unset = UNSET
    template: int | Unset = UNSET
    kind: BulkActionInKind | Unset = UNSET
    due_days: int | Unset = UNSET
    to_org: str | Unset = UNSET
    ced: str | Unset = UNSET
    assignee: None | str | Unset = UNSET
    fields: BulkActionInFields | Unset = UNSET
    of: str | Unset = UNSET
    verdict: BulkActionInVerdict | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        references = self.references

        text = self.text

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        template = self.template

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        due_days = self.due_days

        to_org = self.to_org

        ced = self.ced

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        of = self.of

        verdict: str | Unset = UNSET
        if not isinstance(self.verdict, Unset):
            verdict = self.verdict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "references": references,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if code is not UNSET:
            field_dict["code"] = code
        if template is not UNSET:
            field_dict["template"] = template
        if kind is not UNSET:
            field_dict["kind"] = kind
        if due_days is not UNSET:
            field_dict["due_days"] = due_days
        if to_org is not UNSET:
            field_dict["to_org"] = to_org
        if ced is not UNSET:
            field_dict["ced"] = ced
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if fields is not UNSET:
            field_dict["fields"] = fields
        if of is not UNSET:
            field_dict["of"] = of
        if verdict is not UNSET:
            field_dict["verdict"] = verdict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_action_in_fields import BulkActionInFields  # noqa: PLC0415

        d = dict(src_dict)
        action = check_bulk_action_in_action(d.pop("action"))

        references = cast(list[str], d.pop("references"))

        text = d.pop("text", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        template = d.pop("template", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: BulkActionInKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_bulk_action_in_kind(_kind)

        due_days = d.pop("due_days", UNSET)

        to_org = d.pop("to_org", UNSET)

        ced = d.pop("ced", UNSET)

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: BulkActionInFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = BulkActionInFields.from_dict(_fields)

        of = d.pop("of", UNSET)

        _verdict = d.pop("verdict", UNSET)
        verdict: BulkActionInVerdict | Unset
        if isinstance(_verdict, Unset):
            verdict = UNSET
        else:
            verdict = check_bulk_action_in_verdict(_verdict)

        bulk_action_in = cls(
            action=action,
            references=references,
            text=text,
            code=code,
            template=template,
            kind=kind,
            due_days=due_days,
            to_org=to_org,
            ced=ced,
            assignee=assignee,
            fields=fields,
            of=of,
            verdict=verdict,
        )

        return bulk_action_in
