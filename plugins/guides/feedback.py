"""Recording and reading the answers to "Was this helpful?" on guide pages, and a person's
erasure in them (a comment naming them keeps its words with the pseudonyms)."""
from core.db import transaction
from core.errors import Invalid
from plugins.guides.models import GuideFeedback

MAX_COMMENT = 1000
ANSWERS = {"yes": True, "no": False}


def record(actor, tenant_code, guide_slug, answer, comment=""):
    """Store one answer; ``answer`` is "yes" or "no". Bad input raises Invalid and stores nothing."""
    errors = {}
    if answer not in ANSWERS:
        errors["helpful"] = "Choose yes or no."
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        errors["comment"] = f"Use at most {MAX_COMMENT} characters (you used {len(comment)})."
    if errors:
        raise Invalid("Your answer was not sent.", errors)
    with transaction():
        return GuideFeedback.create(tenant=tenant_code, guide=guide_slug, helpful=ANSWERS[answer],
                                    comment=comment, user=getattr(actor, "id", None),
                                    organisation=getattr(actor, "organisation_id", None))


def report(guide=None):
    """(tallies, recent answers) for the CDSP admins' page."""
    return GuideFeedback.tallies(), GuideFeedback.recent(guide)


def erase(erasure):
    """Replace an erased person's address and name in the comments."""
    return {"feedback_changed": erasure.scrub(GuideFeedback, texts=("comment",))}
