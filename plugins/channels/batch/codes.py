"""The rejection codes of the batch interface, in one place (BATCH-FORMAT, "Rejection codes").

Extend only by adding: external systems are built against these codes.
"""
import core.contacts as reasons   # the engine's neutral reasons: UNKNOWN_TYPE, BAD_MPRN, ...

REJECTION_CODES = {
    "FIL001": "header missing or malformed",
    "FIL002": "trailer missing or malformed",
    "FIL003": "record count does not match the trailer",
    "FIL004": "file sequence already used",
    "FIL005": "organisation code is not the sender's",
    "FIL006": "file is not readable text in UTF-8",
    "FIL007": "wrong file type for this channel",
    "FIL008": "file larger than the configured limit",
    "REC001": "unknown or disabled contact type",
    "REC002": "MPRN missing or fails its check digits",
    "REC003": "mandatory field missing",
    "REC004": "field value invalid (the text names the field)",
    "REC005": "originator reference already in use",
    "REC006": "contact type not open to the sender's participant type",
    "REC007": "record type unknown or wrong number of fields",
}

# Names for the codes the code itself raises, so a typo fails at import, not in a file.
HEADER = "FIL001"
TRAILER = "FIL002"
COUNT_MISMATCH = "FIL003"
SEQUENCE_USED = "FIL004"
WRONG_ORGANISATION = "FIL005"
NOT_TEXT = "FIL006"
WRONG_FILE_TYPE = "FIL007"
TOO_LARGE = "FIL008"
UNKNOWN_CONTACT_TYPE = "REC001"
BAD_MPRN = "REC002"
MANDATORY_MISSING = "REC003"
INVALID_VALUE = "REC004"
REFERENCE_IN_USE = "REC005"
TYPE_NOT_OPEN = "REC006"
BAD_RECORD = "REC007"

FILE_CODES = frozenset(c for c in REJECTION_CODES if c.startswith("FIL"))
RECORD_CODES = frozenset(c for c in REJECTION_CODES if c.startswith("REC"))


# The engine's neutral reasons (core.contacts) as this format's record codes.
FOR_REASON = {
    reasons.UNKNOWN_TYPE: UNKNOWN_CONTACT_TYPE, reasons.BAD_MPRN: BAD_MPRN,
    reasons.MISSING: MANDATORY_MISSING, reasons.BAD_VALUE: INVALID_VALUE,
    reasons.REF_IN_USE: REFERENCE_IN_USE, reasons.NOT_OPEN: TYPE_NOT_OPEN,
    reasons.BAD_RECORD: BAD_RECORD,
}


def for_reason(reason):
    """The REC code of an engine refusal's ``reason``; a code of this table stays itself and
    anything else is REC004 (a value the engine refused)."""
    if reason in REJECTION_CODES:
        return reason
    return FOR_REASON.get(reason, INVALID_VALUE)


def meaning(code):
    """The table's meaning of ``code``; KeyError for a code not in the table."""
    return REJECTION_CODES[code]
