"""The confirmation page of bulk work (a queue's and a saved view's): which contacts, what
will happen to them; nothing is done until it is confirmed (core.web.confirm_or)."""
from flask_login import current_user

from core.contacts import STATUS_LABELS, visible_contacts
from core.models import Contact
from core.web import confirm_or

NAMED = 100   # contacts named one by one on the page; the rest are counted


def _names(references):
    wanted = [str(r).strip().upper() for r in references]
    shown = wanted[:NAMED]
    found = {c.reference: c for c in visible_contacts(
        current_user, Contact.select().where(Contact.reference.in_(shown)))}
    names = []
    for reference in shown:
        contact = found.get(reference)
        if contact is None:
            names.append((reference, "Not found, or not visible to you: it will not be changed"))
        else:
            status = STATUS_LABELS.get(contact.status, contact.status)
            names.append((reference, f"{contact.summary} ({status})"))
    if len(wanted) > NAMED:
        names.append(("And", f"{len(wanted) - NAMED} more"))
    return names


def confirm_bulk(do, references, label, phrase, happens, warning, cancel, fields):
    """Ask before the operation ``label`` (e.g. "Assign to Ann Smith") is done to each of
    ``references``: ``phrase`` says it after "Are you sure you want to", with ``{what}`` for
    the number of contacts (e.g. "assign {what} to Ann Smith"); ``happens`` says what will
    happen (sentences), ``warning`` what cannot be undone (or None); ``fields`` are the
    form's other (name, value) pairs, posted again with the references."""
    count = len(references)
    what = "1 contact" if count == 1 else f"{count} contacts"
    return confirm_or(
        do, question=f"Are you sure you want to {phrase.replace('{what}', what)}?",
        caption=f"{label}: {what}", names=_names(references),
        happens=[*happens, "Each contact is changed on its own: any that cannot be are "
                           "listed afterwards, unchanged, with the reason."],
        warning=warning, button=label, danger=warning is not None,
        fields=[*fields, *(("reference", r) for r in references)], cancel=cancel)
