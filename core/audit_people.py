"""Personal data in the audit log, kept out of what its hash chain hashes, so that a person can
be erased without breaking the chain.

An entry's personal values are the address of who acted (``actor_email``) and, in its
detail, every text under an ``email`` or ``assignee`` key, and under a ``name`` key when the
entry concerns a user. The chain does not hash them: it hashes ``person:<digest>`` in their place, where the
digest is SHA-256 of a random salt and the value, both kept in ``audit_person`` (one row per
distinct value). ``cms audit verify`` recomputes each digest from the salt and the value it
reads in the entry, so changing a value still breaks the chain.

Erasing a person (:mod:`core.erasure`) replaces their values in the entries by a pseudonym,
and in their ``audit_person`` rows forgets the value and the salt, keeping only the digest
(which, salted, reveals nothing) and the pseudonym it now stands for. An erasure is itself an
entry (``person.erased``) naming the pseudonyms, and verification refuses a row marked erased
that no such entry names.
"""
import hashlib
import secrets

from peewee import fn

from core.models import AuditPerson

PERSONAL_KEYS = ("email", "assignee")          # assignee: a saved view's person, by address
USER_PERSONAL_KEYS = PERSONAL_KEYS + ("name",)

# The append-only trigger: nothing of an entry may change but the personal values
# (actor_email, detail), which the chain still checks.
HASHED_COLUMNS = ("at", "action", "actor_id", "actor_org_id", "org_id", "target_type",
                  "target_id", "source_address", "prev_hash", "hash")
APPEND_ONLY_MESSAGE = "the audit log is append-only"


def append_only_trigger_sql(sqlite):
    """The statements that make the append-only trigger (after those of migration 0005 are gone)."""
    columns = ", ".join(HASHED_COLUMNS)
    if sqlite:
        return [f"CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OF {columns} ON audit_entry "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"]
    return [f"CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OF {columns} ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"]


def map_personal(actor_email, target_type, detail, change):
    """(actor_email, detail) with ``change(value)`` applied to each personal value."""
    keys = USER_PERSONAL_KEYS if target_type == "user" else PERSONAL_KEYS

    def walk(value, personal):
        if isinstance(value, dict):
            return {k: walk(v, personal or k in keys) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, personal) for v in value]
        if personal and isinstance(value, str) and value:
            return change(value)
        return value
    return (change(actor_email) if actor_email else actor_email), walk(detail or {}, False)


def values_of(entry):
    """The personal values an entry holds (a set)."""
    found = set()
    map_personal(entry.actor_email, entry.target_type, entry.detail, lambda v: found.add(v) or v)
    return found


def digest(salt, value):
    return hashlib.sha256(f"{salt}\0{value}".encode()).hexdigest()


def remember(values):
    """Make a row for each value not yet known (call inside the writer's transaction);
    answer {value: digest}."""
    if not values:
        return {}
    known = digests_for(values)
    new = [v for v in values if v not in known]
    for value in new:
        salt = secrets.token_hex(16)
        AuditPerson.insert(value=value, salt=salt, digest=digest(salt, value)).on_conflict_ignore().execute()
    return digests_for(values) if new else known


def digests_for(values):
    """{value: digest} for the values given: a value in clear by its salt (never trusting the
    stored digest), a pseudonym of an erased person by the digest kept for it."""
    values = list(values)
    found = {}
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        for row in AuditPerson.select().where(AuditPerson.value.in_(chunk) |
                                              AuditPerson.pseudonym.in_(chunk)):
            if row.value is not None and row.salt:
                found[row.value] = digest(row.salt, row.value)
            if row.pseudonym is not None and row.erased_at is not None:
                found[row.pseudonym] = row.digest
    return found


def rows_for(values):
    """The rows of these values in clear (emails matched without regard to case)."""
    lowered = [v.lower() for v in values]
    return list(AuditPerson.select().where(fn.LOWER(AuditPerson.value).in_(lowered)))


def erased_pseudonyms():
    return {row.pseudonym for row in AuditPerson.select(AuditPerson.pseudonym)
            .where(AuditPerson.erased_at.is_null(False))}
