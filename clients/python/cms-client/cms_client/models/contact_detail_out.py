from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_out import AttachmentOut
    from ..models.contact_detail_out_fields import ContactDetailOutFields
    from ..models.correspondence_out import CorrespondenceOut
    from ..models.event_out import EventOut
    from ..models.message_out import MessageOut
    from ..models.party_out import PartyOut
    from ..models.service_level_out import ServiceLevelOut


T = TypeVar("T", bound="ContactDetailOut")


@_attrs_define
class ContactDetailOut:
    """
    Attributes:
        reference (str | Unset):  Example: ENQ-2026-000001.
        type_ (str | Unset):
        status (str | Unset):
        ced (None | str | Unset):
        mprn (None | str | Unset):
        originator_ref (None | str | Unset):
        summary (str | Unset):
        fields (ContactDetailOutFields | Unset):
        originator (str | Unset): organisation code
        holder (str | Unset): organisation code
        assignee (None | str | Unset): email of the person working it
        channel (str | Unset):
        raised_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        due_at (datetime.datetime | None | Unset):
        resolved_at (datetime.datetime | None | Unset):
        closed_at (datetime.datetime | None | Unset):
        rejection_code (None | str | Unset):
        rejection_text (None | str | Unset):
        resolution_text (None | str | Unset):
        resolution_code (None | str | Unset): the resolution code it was resolved with, if any
        parent (None | str | Unset): the challenged contact
        outside_allowance (bool | Unset): raised beyond the organisation's daily query allowance: accepted, but outside
            the service-level commitment
        allowance_verdict (None | str | Unset): the CDSP's query allowance verdict when it cleared a participant's
            contact (UNC Mod 565): valid, or invalid as no_challenge (no challenge to the data) or incorrect_data (the
            sender's data was incorrect; also a contact the CDSP rejected); null before, and on contacts that get none
        verdict_at (datetime.datetime | None | Unset): when the verdict was given
        service_level (ServiceLevelOut | Unset):
        parties (list[PartyOut] | Unset):
        events (list[EventOut] | Unset):
        messages (list[MessageOut] | Unset):
        correspondence (list[CorrespondenceOut] | Unset):
        attachments (list[AttachmentOut] | Unset):
        actions (list[str] | Unset): actions open to you now
    """

    reference: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    ced: None | str | Unset = UNSET
    mprn: None | str | Unset = UNSET
    originator_ref: None | str | Unset = UNSET
    summary: str | Unset = UNSET
    fields: ContactDetailOutFields | Unset = UNSET
    originator: str | Unset = UNSET
    holder: str | Unset = UNSET
    assignee: None | str | Unset = UNSET
    channel: str | Unset = UNSET
    raised_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    resolved_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    rejection_code: None | str | Unset = UNSET
    rejection_text: None | str | Unset = UNSET
    resolution_text: None | str | Unset = UNSET
    resolution_code: None | str | Unset = UNSET
    parent: None | str | Unset = UNSET
    outside_allowance: bool | Unset = UNSET
    allowance_verdict: None | str | Unset = UNSET
    verdict_at: datetime.datetime | None | Unset = UNSET
    service_level: ServiceLevelOut | Unset = UNSET
    parties: list[PartyOut] | Unset = UNSET
    events: list[EventOut] | Unset = UNSET
    messages: list[MessageOut] | Unset = UNSET
    correspondence: list[CorrespondenceOut] | Unset = UNSET
    attachments: list[AttachmentOut] | Unset = UNSET
    actions: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        type_ = self.type_

        status = self.status

        ced: None | str | Unset
        if isinstance(self.ced, Unset):
            ced = UNSET
        else:
            ced = self.ced

        mprn: None | str | Unset
        if isinstance(self.mprn, Unset):
            mprn = UNSET
        else:
            mprn = self.mprn

        originator_ref: None | str | Unset
        if isinstance(self.originator_ref, Unset):
            originator_ref = UNSET
        else:
            originator_ref = self.originator_ref

        summary = self.summary

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        originator = self.originator

        holder = self.holder

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        channel = self.channel

        raised_at: str | Unset = UNSET
        if not isinstance(self.raised_at, Unset):
            raised_at = self.raised_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        resolved_at: None | str | Unset
        if isinstance(self.resolved_at, Unset):
            resolved_at = UNSET
        elif isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        rejection_code: None | str | Unset
        if isinstance(self.rejection_code, Unset):
            rejection_code = UNSET
        else:
            rejection_code = self.rejection_code

        rejection_text: None | str | Unset
        if isinstance(self.rejection_text, Unset):
            rejection_text = UNSET
        else:
            rejection_text = self.rejection_text

        resolution_text: None | str | Unset
        if isinstance(self.resolution_text, Unset):
            resolution_text = UNSET
        else:
            resolution_text = self.resolution_text

        resolution_code: None | str | Unset
        if isinstance(self.resolution_code, Unset):
            resolution_code = UNSET
        else:
            resolution_code = self.resolution_code

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        outside_allowance = self.outside_allowance

        allowance_verdict: None | str | Unset
        if isinstance(self.allowance_verdict, Unset):
            allowance_verdict = UNSET
        else:
            allowance_verdict = self.allowance_verdict

        verdict_at: None | str | Unset
        if isinstance(self.verdict_at, Unset):
            verdict_at = UNSET
        elif isinstance(self.verdict_at, datetime.datetime):
            verdict_at = self.verdict_at.isoformat()
        else:
            verdict_at = self.verdict_at

        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()

        parties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = []
            for parties_item_data in self.parties:
                parties_item = parties_item_data.to_dict()
                parties.append(parties_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        correspondence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.correspondence, Unset):
            correspondence = []
            for correspondence_item_data in self.correspondence:
                correspondence_item = correspondence_item_data.to_dict()
                correspondence.append(correspondence_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reference is not UNSET:
            field_dict["reference"] = reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if ced is not UNSET:
            field_dict["ced"] = ced
        if mprn is not UNSET:
            field_dict["mprn"] = mprn
        if originator_ref is not UNSET:
            field_dict["originator_ref"] = originator_ref
        if summary is not UNSET:
            field_dict["summary"] = summary
        if fields is not UNSET:
            field_dict["fields"] = fields
        if originator is not UNSET:
            field_dict["originator"] = originator
        if holder is not UNSET:
            field_dict["holder"] = holder
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if channel is not UNSET:
            field_dict["channel"] = channel
        if raised_at is not UNSET:
            field_dict["raised_at"] = raised_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if rejection_code is not UNSET:
            field_dict["rejection_code"] = rejection_code
        if rejection_text is not UNSET:
            field_dict["rejection_text"] = rejection_text
        if resolution_text is not UNSET:
            field_dict["resolution_text"] = resolution_text
        if resolution_code is not UNSET:
            field_dict["resolution_code"] = resolution_code
        if parent is not UNSET:
            field_dict["parent"] = parent
        if outside_allowance is not UNSET:
            field_dict["outside_allowance"] = outside_allowance
        if allowance_verdict is not UNSET:
            field_dict["allowance_verdict"] = allowance_verdict
        if verdict_at is not UNSET:
            field_dict["verdict_at"] = verdict_at
        if service_level is not UNSET:
            field_dict["service_level"] = service_level
        if parties is not UNSET:
            field_dict["parties"] = parties
        if events is not UNSET:
            field_dict["events"] = events
        if messages is not UNSET:
            field_dict["messages"] = messages
        if correspondence is not UNSET:
            field_dict["correspondence"] = correspondence
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_out import AttachmentOut  # noqa: PLC0415
        from ..models.contact_detail_out_fields import ContactDetailOutFields  # noqa: PLC0415
        from ..models.correspondence_out import CorrespondenceOut  # noqa: PLC0415
        from ..models.event_out import EventOut  # noqa: PLC0415
        from ..models.message_out import MessageOut  # noqa: PLC0415
        from ..models.party_out import PartyOut  # noqa: PLC0415
        from ..models.service_level_out import ServiceLevelOut  # noqa: PLC0415

        d = dict(src_dict)
        reference = d.pop("reference", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        def _parse_ced(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ced = _parse_ced(d.pop("ced", UNSET))

        def _parse_mprn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mprn = _parse_mprn(d.pop("mprn", UNSET))

        def _parse_originator_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        originator_ref = _parse_originator_ref(d.pop("originator_ref", UNSET))

        summary = d.pop("summary", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: ContactDetailOutFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ContactDetailOutFields.from_dict(_fields)

        originator = d.pop("originator", UNSET)

        holder = d.pop("holder", UNSET)

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        channel = d.pop("channel", UNSET)

        _raised_at = d.pop("raised_at", UNSET)
        raised_at: datetime.datetime | Unset
        if isinstance(_raised_at, Unset):
            raised_at = UNSET
        else:
            raised_at = datetime.datetime.fromisoformat(_raised_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))

        def _parse_resolved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_rejection_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_code = _parse_rejection_code(d.pop("rejection_code", UNSET))

        def _parse_rejection_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_text = _parse_rejection_text(d.pop("rejection_text", UNSET))

        def _parse_resolution_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution_text = _parse_resolution_text(d.pop("resolution_text", UNSET))

        def _parse_resolution_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution_code = _parse_resolution_code(d.pop("resolution_code", UNSET))

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        outside_allowance = d.pop("outside_allowance", UNSET)

        def _parse_allowance_verdict(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allowance_verdict = _parse_allowance_verdict(d.pop("allowance_verdict", UNSET))

        def _parse_verdict_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_at_type_0 = datetime.datetime.fromisoformat(data)

                return verdict_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verdict_at = _parse_verdict_at(d.pop("verdict_at", UNSET))

        _service_level = d.pop("service_level", UNSET)
        service_level: ServiceLevelOut | Unset
        if isinstance(_service_level, Unset):
            service_level = UNSET
        else:
            service_level = ServiceLevelOut.from_dict(_service_level)

        _parties = d.pop("parties", UNSET)
        parties: list[PartyOut] | Unset = UNSET
        if _parties is not UNSET:
            parties = []
            for parties_item_data in _parties:
                parties_item = PartyOut.from_dict(parties_item_data)

                parties.append(parties_item)

        _events = d.pop("events", UNSET)
        events: list[EventOut] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = EventOut.from_dict(events_item_data)

                events.append(events_item)

        _messages = d.pop("messages", UNSET)
        messages: list[MessageOut] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = MessageOut.from_dict(messages_item_data)

                messages.append(messages_item)

        _correspondence = d.pop("correspondence", UNSET)
        correspondence: list[CorrespondenceOut] | Unset = UNSET
        if _correspondence is not UNSET:
            correspondence = []
            for correspondence_item_data in _correspondence:
                correspondence_item = CorrespondenceOut.from_dict(correspondence_item_data)

                correspondence.append(correspondence_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentOut] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentOut.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        actions = cast(list[str], d.pop("actions", UNSET))

        contact_detail_out = cls(
            reference=reference,
            type_=type_,
            status=status,
            ced=ced,
            mprn=mprn,
            originator_ref=originator_ref,
            summary=summary,
            fields=fields,
            originator=originator,
            holder=holder,
            assignee=assignee,
            channel=channel,
            raised_at=raised_at,
            updated_at=updated_at,
            due_at=due_at,
            resolved_at=resolved_at,
            closed_at=closed_at,
            rejection_code=rejection_code,
            rejection_text=rejection_text,
            resolution_text=resolution_text,
            resolution_code=resolution_code,
            parent=parent,
            outside_allowance=outside_allowance,
            allowance_verdict=allowance_verdict,
            verdict_at=verdict_at,
            service_level=service_level,
            parties=parties,
            events=events,
            messages=messages,
            correspondence=correspondence,
            attachments=attachments,
            actions=actions,
        )

        return contact_detail_out
