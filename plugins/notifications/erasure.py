"""A person's erasure, in what the notifications plugin keeps.

* Their own notifications (mail to them) and their choice of events are deleted: the account
  is gone and nothing more is sent to it.
* Other people's notifications that quote them (a contact's summary, a message) keep their
  text with the address and name replaced by the pseudonyms.
* In the outbox (``.eml`` files, when mail is not sent through SMTP), a mail addressed to
  them is deleted; a mail to someone else that names them is written again with the
  pseudonyms, its headers' other values and its Message-ID kept (atomically: the whole new
  file or the old one). Mail already handed to an SMTP server is beyond reach.
"""
import email
import os
from email import policy
from email.header import decode_header, make_header
from email.utils import getaddresses

from plugins.notifications import mailer
from plugins.notifications.models import Notification, NotificationPreference


def erase(erasure):
    own = Notification.delete().where(Notification.user.in_(erasure.user_ids)).execute()
    NotificationPreference.delete().where(
        NotificationPreference.user.in_(erasure.user_ids)).execute()
    quoted = erasure.scrub(Notification, texts=("subject", "body"))
    deleted, rewritten = erase_outbox(erasure)
    return {"notifications_deleted": own, "notifications_changed": quoted,
            "outbox_deleted": deleted, "outbox_rewritten": rewritten}


def erase_outbox(erasure):
    """(files deleted, files written again) in the outbox folder."""
    folder = mailer.outbox_dir()
    if not folder.is_dir():
        return 0, 0
    addresses = {e.lower() for e in erasure.emails}
    deleted = rewritten = 0
    needles = [v.lower() for v in erasure.values]
    for path in sorted(folder.glob("*.eml")):
        data = path.read_bytes()
        quick = email.message_from_bytes(data)    # compat32: some 20 times faster to read
        recipients = {address.lower() for _, address in getaddresses(quick.get_all("To", []))}
        if recipients & addresses:
            path.unlink()
            deleted += 1
        elif any(needle in _text_of(quick) for needle in needles):
            mail = email.message_from_bytes(data, policy=policy.default)
            if _replace_in_mail(mail, erasure):
                _write_again(path, bytes(mail))
                rewritten += 1
    return deleted, rewritten


def _text_of(mail):
    """A mail's headers and text parts, decoded, in lower case (to find the values in)."""
    texts = [str(make_header(decode_header(str(value)))) for value in mail.values()]
    for part in mail.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            texts.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(texts).lower()


def _replace_in_mail(mail, erasure):
    """Replace the values in ``mail``'s headers and text parts, in place; answer whether any was."""
    changed = False
    for name, value in list(mail.items()):
        new = erasure.replace(str(value))
        if new != str(value):
            mail.replace_header(name, new)
            changed = True
    for part in mail.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        text = part.get_content()
        new = erasure.replace(text)
        if new != text:
            part.set_content(new, subtype=part.get_content_subtype())
            changed = True
    return changed


def _write_again(path, data):
    temporary = path.with_suffix(".erasing")
    with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temporary, path)
