"""The query allowance's verdict (UNC Modification 565): when the CDSP clears a participant's
query it says whether the query was valid. Invalid has the rule's two meanings: on working
it there was no challenge to the data, or the sender's data was incorrect.

The CDSP gives it when it resolves (``valid`` unless it says otherwise) and a rejection by
the CDSP clears the query as invalid, the sender's data incorrect. Nobody else gives one: a
participant resolving a contact raised to it, or the CDSP's own contacts, carry none.
``core.allowance`` counts the verdicts.
"""
from core import audit
from core.errors import Invalid
from core.models import CDSP_ORG

VALID, NO_CHALLENGE, INCORRECT_DATA = "valid", "no_challenge", "incorrect_data"
VERDICTS = (VALID, NO_CHALLENGE, INCORRECT_DATA)
INVALID = (NO_CHALLENGE, INCORRECT_DATA)
LABELS = {VALID: "Valid",
          NO_CHALLENGE: "Invalid: no challenge to the data",
          INCORRECT_DATA: "Invalid: the sender's data was incorrect"}


def label(verdict):
    return LABELS.get(verdict, "")


def gives_verdict(actor, contact):
    """Whether ``actor`` clearing ``contact`` gives a verdict: the CDSP, on a participant's."""
    org = getattr(actor, "organisation", None)
    return (org is not None and org.code == CDSP_ORG
            and contact.originator_org.code != CDSP_ORG)


def chosen(actor, contact, verdict):
    """The verdict to record when ``actor`` resolves ``contact`` with ``verdict`` (a value of
    VERDICTS, any case, or empty for valid), or None when no verdict is given. Invalid
    (422, naming the field) for an unknown one, or one given by someone who gives none."""
    verdict = (verdict or "").strip().lower() or None
    if not gives_verdict(actor, contact):
        if verdict is not None:
            raise Invalid("The contact was not resolved: correct the fields marked.",
                          {"verdict": "Only the CDSP gives a verdict, when it resolves a "
                                      "participant's contact: leave it out."})
        return None
    if verdict is None:
        return VALID
    if verdict not in VERDICTS:
        raise Invalid("The contact was not resolved: correct the fields marked.",
                      {"verdict": f"Choose a verdict: {', '.join(VERDICTS)}."})
    return verdict


def give(actor, contact, verdict, now):
    """Record ``verdict`` on ``contact`` (inside the clearing's transaction), and audit it."""
    contact.allowance_verdict, contact.verdict_at = verdict, now
    audit.record("contact.verdict", actor=actor, org_id=getattr(actor, "organisation_id", None),
                 target_type="contact", target_id=contact.reference,
                 detail={"verdict": verdict, "originator": contact.originator_org.code})
