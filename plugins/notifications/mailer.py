"""Sending mail: through SMTP when ``CMS_SMTP_URL`` is set, otherwise written as ``.eml``
files to ``CMS_DATA_DIR/outbox/`` so that nothing is silently dropped on the embedded
default (open them with any mail program, or ``cat``).

``CMS_SMTP_URL`` looks like ``smtp://user:password@host:587?starttls=true`` or
``smtps://user:password@host:465``; ``CMS_MAIL_FROM`` is the sender.
"""
import os
import smtplib
import uuid
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from flask import current_app

from core import clock

OUTBOX = "outbox"
TIMEOUT = 30


def message(to, subject, body, attachments=()):
    """An :class:`EmailMessage`; ``attachments``: (file name, MIME type, bytes) each."""
    mail = EmailMessage()
    mail["From"] = current_app.config.get("CMS_MAIL_FROM") or "cms@localhost"
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = f"<{uuid.uuid4().hex}@cms>"
    mail.set_content(body)
    for name, mimetype, data in attachments or ():
        maintype, _, subtype = mimetype.partition("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream",
                            filename=name)
    return mail


def outbox_dir():
    return Path(current_app.config["CMS_DATA_DIR"]) / OUTBOX


def send(mail):
    """Send one :class:`EmailMessage`; answers where it went ("smtp" or the file's path)."""
    url = current_app.config.get("CMS_SMTP_URL") or ""
    if url:
        _send_smtp(url, mail)
        return "smtp"
    return str(_write_outbox(mail))


def _send_smtp(url, mail):
    parts = urlsplit(url)
    options = parse_qs(parts.query)
    secure = parts.scheme == "smtps"
    port = parts.port or (465 if secure else 25)
    smtp_class = smtplib.SMTP_SSL if secure else smtplib.SMTP
    with smtp_class(parts.hostname, port, timeout=TIMEOUT) as smtp:
        if not secure and options.get("starttls", ["false"])[0].lower() in ("1", "true", "yes"):
            smtp.starttls()
        if parts.username:
            smtp.login(unquote(parts.username), unquote(parts.password or ""))
        smtp.send_message(mail)


def _write_outbox(mail):
    folder = outbox_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S")
    path = folder / f"{stamp}-{uuid.uuid4().hex[:12]}.eml"
    temporary = path.with_suffix(".tmp")
    with open(temporary, "wb") as fh:
        fh.write(bytes(mail))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temporary, path)   # whole or not at all
    return path
