"""The contacts engine's public surface: the only module of ``core.contacts`` that channels
and other plugins import (an import-linter contract in ``setup.cfg`` holds this).

Raising
    :func:`raise_contact` (one), :func:`raise_many` (many, with ``progress`` and
    ``processes``: the batch channel's way in), each answering per record with an
    :class:`Outcome`; :func:`batch_record` turns a file's values into a record's fields.
Acting
    :func:`act` (every change after raising), :func:`act_many` (one action on many contacts,
    each in its own transaction), :func:`available_actions`; :func:`add_note` and
    :func:`notes` (internal notes, read only by the writer's side); :func:`link_contacts`,
    :func:`unlink` and :func:`links_for` (related contacts, duplicates, a challenge's chain,
    each shown only to those who see both ends).
Reading
    :func:`get_contact`, :func:`list_contacts`, :func:`count_contacts`, :func:`queue`, :func:`parties`,
    :func:`history`, :func:`history_rows`, :func:`open_attachment`, :func:`visible_contacts`,
    :func:`can_see`, :func:`breached_condition`, :func:`at_risk_condition`, :func:`sla_status`;
    saved views: :func:`save_view`, :func:`views_for`, :func:`get_view`, :func:`view_contacts`,
    :func:`view_count`, :func:`delete_view`; response templates: :func:`save_template`,
    :func:`templates_for`, :func:`get_template`, :func:`preview_template`,
    :func:`delete_template` (used through ``act``'s ``template``); contact templates (the
    Contact Generator): :func:`save_contact_template`, :func:`delete_contact_template`,
    :func:`managed_template`, :func:`managed_templates`, :func:`contact_templates_for`,
    :func:`get_contact_template`, :func:`raise_from_template`, :func:`top_50`; escalation rules:
    :func:`save_escalation_rule`, :func:`escalation_rules`, :func:`delete_escalation_rule`,
    :func:`escalations` (run by the scheduled job); watchers: :func:`watch`, :func:`unwatch`,
    :func:`is_watching`, :func:`followers` (one's own organisation's), :func:`involved` (who a
    change concerns: the raiser, the assignee, the followers).
Describing
    :func:`contact_types`, :func:`type_of`, :func:`enabled_types`, :func:`raisable_types`,
    :func:`describe_type`
    (a :class:`TypeDescription`: fields, layout, the tenant's service level, CEDs, rules),
    :func:`target_days`.
Writing a contact type
    :class:`ContactSchema`, :class:`RaiseContext` and the shared field kinds (``Mprn``,
    ``BusinessDate``, ``Choice``, ``Text``, ``WholeNumber``, ...), ``org_problem``, ``not_future``,
    ``example_date`` (a date of a type's example measured from today).

Refusals are :mod:`core.errors` exceptions whose ``code`` is one of the neutral reasons
below (``UNKNOWN_TYPE`` ...); each channel maps them onto its own vocabulary (the batch
channel onto its REC codes).
"""
from core.contacts.actions import BULK_ACTIONS, BulkOutcome, act, act_many
from core.contacts.lifecycle import RESOLUTION_REASONS, rejection_reasons, resolution_reasons
from core.contacts.attachments import check as check_attachment
from core.contacts.attachments import max_bytes as attachment_max_bytes
from core.contacts.attachments import open_attachment
from core.contacts.correspondence import KINDS as CORRESPONDENCE_KINDS
from core.contacts.correspondence import MAX_DUE_DAYS
from core.contacts.correspondence import open_for as open_correspondence
from core.contacts.correspondence import consequence_for as correspondence_consequence
from core.contacts.correspondence import IF_UNANSWERED, WHEN_UNANSWERED
from core.contacts.correspondence import closing_soon as correspondence_closing_soon
from core.contacts.correspondence import last_day as answer_by_day
from core.contacts.description import FieldDescription, TypeDescription, describe_type
from core.contacts.fields import (BusinessDate, Choice, ContactSchema, CorrectionFactor,
                                  MeterSerial, Money, Mprn, OrgCode, Postcode, Quantity,
                                  RaiseContext, Read, Text, WholeNumber, example_date,
                                  not_future, org_problem)
from core.contacts.lifecycle import (ACTIONS, AWAITING_ORIGINATOR, AWAITING_PARTY, CANCELLED,
                                     CLOSED, IN_PROGRESS, REJECTED, REJECTION_REASONS,
                                     RESOLVED, STATUSES, SUBMITTED, ACCEPTED)
from core.contacts.lifecycle import LABELS as STATUS_LABELS
from core.contacts.lifecycle import OPEN as OPEN_STATUSES
from core.contacts.lifecycle import available as available_actions
from core.contacts.queues import (Page, assignable_users, encode_cursor, group_members,
                                  transfer_targets)
from core.contacts.reading import history_rows, party_rows
from core.contacts.reasons import (BAD_MPRN, BAD_RECORD, BAD_VALUE, MISSING, NOT_OPEN,
                                   REF_IN_USE, UNKNOWN_TYPE)
from core.contacts.records import batch_record
from core.contacts.registry import contact_types, enabled_types, raisable_types, type_of
from core.contacts.listing import (COUNT_CAP, NOBODY, Total, at_risk_condition,
                                   breached_condition, count_contacts, list_contacts, page_total, person,
                                   queue)
from core.contacts.escalation import ACTIONS as ESCALATION_ACTIONS
from core.contacts.escalation import TRIGGERS as ESCALATION_TRIGGERS
from core.contacts.escalation import delete_rule as delete_escalation_rule
from core.contacts.escalation import escalations
from core.contacts.escalation import rules as escalation_rules
from core.contacts.escalation import save_rule as save_escalation_rule
from core.contacts.internal_notes import add_note, notes
from core.contacts.links import KINDS as LINK_KINDS
from core.contacts.links import ROLES as LINK_ROLES
from core.contacts.links import Link, link_contacts, links_for, unlink
from core.contacts.response_templates import (ACTION_USE as TEMPLATE_ACTIONS, USES as TEMPLATE_USES,
                                              VARIABLES as TEMPLATE_VARIABLES, delete_template,
                                              get_template, preview as preview_template,
                                              save_template, templates_for)
from core.contacts.contact_templates import (TopEntry, contact_templates_for,
                                             delete_contact_template, get_contact_template,
                                             managed_template, managed_templates,
                                             raise_from_template, save_contact_template,
                                             top_50)
from core.contacts.saved_views import (delete_view, get_view, save_view, view_contacts,
                                       view_count, views_for)
from core.contacts.service import (Outcome, check_contact, get_contact, history, parties,
                                   raise_contact, raise_many, check_many)
from core.contacts.sla import SlaStatus, add_business_days, target_days
from core.contacts.sla import status as sla_status
from core.contacts.verdicts import LABELS as VERDICT_LABELS
from core.contacts.verdicts import VERDICTS, gives_verdict
from core.contacts.visibility import can_see, cdsp_org, is_cdsp_staff, visible_contacts
from core.contacts.group_view import acting_as, group_ids
from core.contacts.group_view import marks as group_marks
from core.contacts.group_view import organisations as group_organisations
from core.contacts.watchers import (followers, involved, is_watching, unwatch, watch,
                                   watched_condition)

__all__ = [
    # raising
    "raise_contact", "check_contact", "raise_many", "check_many", "Outcome", "batch_record",
    # acting
    "correspondence_consequence", "correspondence_closing_soon", "answer_by_day", "IF_UNANSWERED", "WHEN_UNANSWERED", "act", "ACTIONS", "available_actions", "rejection_reasons", "assignable_users",
    "group_members", "transfer_targets",
    # a parent's group view
    "group_ids", "group_marks", "group_organisations", "acting_as",
    # reading
    "act_many", "add_note", "notes", "link_contacts", "unlink", "links_for", "Link",
    "LINK_KINDS", "LINK_ROLES", "BulkOutcome", "BULK_ACTIONS", "get_contact", "list_contacts", "count_contacts", "page_total", "COUNT_CAP", "Total", "person", "save_view", "views_for", "get_view", "delete_view", "view_contacts", "view_count", "at_risk_condition", "NOBODY", "queue", "Page", "encode_cursor", "parties", "history",
    "history_rows", "party_rows", "open_attachment", "visible_contacts", "can_see", "is_cdsp_staff",
    "cdsp_org", "breached_condition", "sla_status", "SlaStatus", "open_correspondence",
    # response templates and resolution codes
    "save_template", "delete_template", "get_template", "templates_for", "preview_template",
    "TEMPLATE_USES", "TEMPLATE_ACTIONS", "TEMPLATE_VARIABLES", "RESOLUTION_REASONS",
    "resolution_reasons",
    # contact templates (the Contact Generator and its Top 50)
    "save_contact_template", "delete_contact_template", "managed_template", "managed_templates",
    "contact_templates_for", "get_contact_template", "raise_from_template", "top_50", "TopEntry",
    # escalation rules
    "save_escalation_rule", "escalation_rules", "delete_escalation_rule", "escalations",
    "ESCALATION_TRIGGERS", "ESCALATION_ACTIONS",
    # watchers
    "watch", "unwatch", "is_watching", "followers", "involved", "watched_condition",
    # describing
    "contact_types", "type_of", "enabled_types", "raisable_types", "describe_type",
    "TypeDescription", "FieldDescription", "target_days", "add_business_days",
    # statuses and vocabularies
    "STATUSES", "STATUS_LABELS", "OPEN_STATUSES", "SUBMITTED", "ACCEPTED", "IN_PROGRESS",
    "AWAITING_ORIGINATOR", "AWAITING_PARTY", "RESOLVED", "REJECTED", "CLOSED", "CANCELLED",
    "REJECTION_REASONS", "CORRESPONDENCE_KINDS", "MAX_DUE_DAYS",
    "VERDICTS", "VERDICT_LABELS", "gives_verdict",
    "UNKNOWN_TYPE", "BAD_MPRN", "MISSING", "BAD_VALUE", "REF_IN_USE", "NOT_OPEN", "BAD_RECORD",
    # attachments
    "attachment_max_bytes", "check_attachment",
    # writing a contact type
    "ContactSchema", "RaiseContext", "BusinessDate", "Choice", "CorrectionFactor",
    "MeterSerial", "Money", "Mprn", "OrgCode", "Postcode", "Quantity", "Read", "Text",
    "WholeNumber",
    "not_future", "example_date", "org_problem",
]
