"""Telling someone their LSO's decision on their request for access (the core's
``access_request_decided`` hook). Mailed at once; a mail that cannot be sent is logged (the
decision stands, and the LSO can tell them)."""
import logging

from plugins.notifications import mailer

log = logging.getLogger("cms.notifications")


def mail_for(request):
    """(subject, body) of the mail that tells the requester the decision."""
    what = "an account" if request.kind == "account" else "more access"
    where = f"{request.organisation.name} ({request.organisation.code})"
    if request.status == "approved":
        subject = "[CMS] Your request for access was approved"
        if request.kind == "account":
            then = ("Your account has been created. Your organisation's Local Security Officer "
                    "(LSO) gives you a one-time password by a secure route: sign in with it on "
                    "your portal and choose your own password. This email never holds a password.")
        else:
            then = "Your account now has what was approved: it applies from your next page."
        body = [f"Your request for {what} for {where} was approved.", "", then]
    else:
        subject = "[CMS] Your request for access was declined"
        body = [f"Your request for {what} for {where} was declined.", "",
                "The reason given:", "", request.decline_reason, "",
                "Ask your organisation's Local Security Officer (LSO) if you have questions."]
    return subject, "\n".join(body + ["", "Contact Management Service"])


def tell_requester(request):
    subject, body = mail_for(request)
    try:
        mailer.send(mailer.message(request.email, subject, body))
    except OSError as exc:
        log.warning("access request %s: the decision was not mailed: %s", request.id, exc)
