"""The contact state machine: which action moves a contact from which statuses to which.

    submitted --accept--> accepted --start--> in_progress --resolve--> resolved --close--> closed
    submitted --reject--> rejected
    accepted/in_progress --request_info--> awaiting_originator --respond--> in_progress
    accepted/in_progress --allocate--> awaiting_party --respond--> in_progress
    submitted/accepted/in_progress/awaiting_* --cancel--> cancelled      (the originator)
    resolved --challenge--> closed, opening a linked follow-up contact    (the originator)
    any open status --mark_duplicate--> closed, linked to its original (holder or originator)

Actions that do not change the status (assign, transfer, set_ced, message, attach, amend)
work on any open contact; ``amend`` only while the contact is with its originator's side;
``chase`` and ``extend`` (a reminder of, or more time for, an open correspondence) only
while it awaits the originator.
"""
from core.errors import Conflict

SUBMITTED, ACCEPTED, REJECTED = "submitted", "accepted", "rejected"
IN_PROGRESS, AWAITING_ORIGINATOR, AWAITING_PARTY = "in_progress", "awaiting_originator", "awaiting_party"
RESOLVED, CLOSED, CANCELLED = "resolved", "closed", "cancelled"

STATUSES = (SUBMITTED, ACCEPTED, REJECTED, IN_PROGRESS, AWAITING_ORIGINATOR, AWAITING_PARTY,
            RESOLVED, CLOSED, CANCELLED)
TERMINAL = frozenset({REJECTED, CLOSED, CANCELLED})
OPEN = frozenset(STATUSES) - TERMINAL
BEFORE_RESOLUTION = frozenset({SUBMITTED, ACCEPTED, IN_PROGRESS, AWAITING_ORIGINATOR,
                               AWAITING_PARTY})

LABELS = {
    SUBMITTED: "Submitted", ACCEPTED: "Accepted", REJECTED: "Rejected",
    IN_PROGRESS: "In progress", AWAITING_ORIGINATOR: "Awaiting originator",
    AWAITING_PARTY: "Awaiting party", RESOLVED: "Resolved", CLOSED: "Closed",
    CANCELLED: "Cancelled",
}

# action -> (statuses it may start from, status it leads to)
TRANSITIONS = {
    "accept": (frozenset({SUBMITTED}), ACCEPTED),
    "reject": (frozenset({SUBMITTED}), REJECTED),
    "start": (frozenset({ACCEPTED}), IN_PROGRESS),
    "request_info": (frozenset({ACCEPTED, IN_PROGRESS}), AWAITING_ORIGINATOR),
    "allocate": (frozenset({ACCEPTED, IN_PROGRESS}), AWAITING_PARTY),
    "respond": (frozenset({AWAITING_ORIGINATOR, AWAITING_PARTY}), IN_PROGRESS),
    "resolve": (frozenset({ACCEPTED, IN_PROGRESS}), RESOLVED),
    "close": (frozenset({RESOLVED}), CLOSED),
    "cancel": (BEFORE_RESOLUTION, CANCELLED),
    "challenge": (frozenset({RESOLVED}), CLOSED),
    "mark_duplicate": (OPEN, CLOSED),
}

# Actions that leave the status alone, and the statuses they work in.
IN_PLACE = {
    "assign": OPEN,
    "transfer": OPEN,
    "set_ced": OPEN,
    "message": OPEN,
    "attach": OPEN,
    "amend": frozenset({SUBMITTED, AWAITING_ORIGINATOR}),
    # the sender's follow-through on an open correspondence: remind, or give more time
    "chase": frozenset({AWAITING_ORIGINATOR}),
    "extend": frozenset({AWAITING_ORIGINATOR}),
}

ACTIONS = tuple(TRANSITIONS) + tuple(IN_PLACE)

# Rejection codes the holder chooses from (types may add their own via ``rejection_codes``).
REJECTION_REASONS = {
    "REJ001": "Duplicate of an open contact",
    "REJ002": "Adjustment or read dates are wrong",
    "REJ003": "Information missing or not valid",
    "REJ004": "Wrong contact type for this request",
    "REJ005": "Meter point not found or not registered to you",
    "REJ006": "Outside the period the service covers",
    "REJ099": "Other: see the rejection text",
}
# The resolution codes every type offers (a type adds its own as ``resolution_codes``); the
# resolution text follows the code.
RESOLUTION_REASONS = {
    "RES001": "Query answered",
    "RES002": "Data corrected as requested",
    "RES003": "No change needed: the data held is right",
    "RES004": "Passed to the party responsible",
    "RES099": "Other: see the resolution text",
}


def allowed_from(action):
    if action in TRANSITIONS:
        return TRANSITIONS[action][0]
    return IN_PLACE[action]


def target(action):
    """The status ``action`` leads to, or None when it leaves the status alone."""
    return TRANSITIONS[action][1] if action in TRANSITIONS else None


def check(contact, action):
    """Raise Conflict, saying why, when ``action`` cannot be taken at the contact's status."""
    if contact.status not in allowed_from(action):
        allowed = ", ".join(LABELS[s].lower() for s in STATUSES if s in allowed_from(action))
        raise Conflict(f"{contact.reference} is {LABELS[contact.status].lower()}: "
                       f"'{action.replace('_', ' ')}' is possible only when it is {allowed}.")


def available(contact):
    """The actions the contact's status allows now (before asking who may take them)."""
    return [a for a in ACTIONS if contact.status in allowed_from(a)]


def rejection_reasons(ctype):
    """The rejection codes a holder may choose on a contact of ``ctype``: the core's, then
    the type's own."""
    return {**REJECTION_REASONS, **(getattr(ctype, "rejection_codes", None) or {})}


def resolution_reasons(ctype):
    """The resolution codes a holder may give on a contact of ``ctype``: the core's, then
    the type's own."""
    return {**RESOLUTION_REASONS, **(getattr(ctype, "resolution_codes", None) or {})}
