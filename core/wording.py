"""Codes in words, for people: ``inaccurate_read`` -> "Inaccurate read", ``current_aq`` ->
"Current AQ", and the article an initialism takes ("an RFA", "a DMQ").

The API and batch files keep the codes; every page and every message a person reads uses
these, so a field, a choice or a reason reads the same on every screen.
"""
import re

# Initialisms of the gas market and of the service, kept in capitals wherever they appear.
INITIALISMS = frozenset({
    "aq", "soq", "mprn", "uprn", "mpan", "dmsp", "igt", "gt", "mra", "uip", "cdsp", "lso",
    "ced", "rfa", "rfi", "dcr", "api", "id", "qmp", "qmr", "qmj", "qex", "qcl", "tras",
    "gsr", "kpi", "csv", "pdf", "uk", "gb", "sla", "url", "ip", "totp",
})
SPECIAL = {"kwh": "kWh", "mwh": "MWh", "gwh": "GWh"}
# Letters whose names start with a vowel sound: "an F", "an MPRN", "an RFA", "an SAR".
VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")


def words(code):
    """A code as words a person reads: ``meter_fault`` -> "Meter fault"; initialisms kept."""
    if code is None:
        return ""
    text = str(code).strip()
    if not text or " " in text and not re.search(r"[_-]", text):
        return text                              # already words
    parts = [p for p in re.split(r"[_\-\s]+", text) if p]
    shown = []
    for i, part in enumerate(parts):
        low = part.lower()
        if low in SPECIAL:
            shown.append(SPECIAL[low])
        elif low in INITIALISMS:
            shown.append(low.upper())
        elif part.isupper() and len(part) > 1 and not text.isupper():
            shown.append(part)                   # a code inside a code: keep it
        else:
            shown.append(low.capitalize() if i == 0 else low)
    return " ".join(shown)


def article(text):
    """"a" or "an" before ``text``, by how it is said: "an RFA", "a DMQ", "an enquiry"."""
    first = str(text or "").strip().split(" ")[0]
    if not first:
        return "a"
    if first.isupper() and len(first) > 1 or len(first) == 1:   # said letter by letter
        return "an" if first[0].upper() in VOWEL_SOUND_LETTERS else "a"
    return "an" if first[0].lower() in "aeiou" else "a"


def lower_label(label):
    """A label inside a sentence: "Meter serial number" -> "meter serial number", "MPRN" kept."""
    first, _, rest = str(label).partition(" ")
    if first.isupper() and len(first) > 1 or first in SPECIAL.values():
        return label
    return " ".join(filter(None, (first.lower(), rest)))
