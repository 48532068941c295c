"""Sending an email from any part of the service without knowing who sends it: ``send``
asks the plugins through the ``send_mail`` hook (the notifications plugin sends through
SMTP, or writes ``.eml`` files to the outbox)."""
from flask import current_app


class NotSent(OSError):
    """No plugin sent the mail (none implements ``send_mail``, e.g. notifications is blocked)."""


def send(to, subject, body, attachments=()):
    """Send ``body`` to the addresses ``to`` with ``attachments`` ((name, MIME type, bytes)
    each); answers where it went. OSError (or :class:`NotSent`) when it could not be sent."""
    where = current_app.extensions["cms"].pm.hook.send_mail(
        to=list(to), subject=subject, body=body, attachments=list(attachments))
    if where is None:
        raise NotSent("no plugin sends mail: enable the notifications plugin")
    return where
