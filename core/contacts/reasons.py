"""Why the engine refuses a record, in its own neutral words: each refusal's ``code``.

Channels map these onto their own vocabularies (the batch channel onto the REC codes of its
file format); the portal and the API show the refusal's message and per-field errors.
"""
UNKNOWN_TYPE = "unknown_type"      # no such contact type, or not enabled for the tenant
BAD_MPRN = "bad_mprn"              # the MPRN is missing or fails its check digits
MISSING = "missing"                # a required field is missing
BAD_VALUE = "bad_value"            # a value breaks a field's or the type's rule
REF_IN_USE = "reference_in_use"    # the originator's reference is on an open contact
NOT_OPEN = "not_open"              # the type is not open to the raiser
BAD_RECORD = "bad_record"          # not a record of fields at all (too many, not an object)

REASONS = (UNKNOWN_TYPE, BAD_MPRN, MISSING, BAD_VALUE, REF_IN_USE, NOT_OPEN, BAD_RECORD)
