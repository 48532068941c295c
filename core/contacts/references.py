"""Contact references such as ``RFA-2026-000123``: unique, human-readable, never reused.

Numbers come from the ``reference_counter`` row of the prefix (type code and year), bumped
by one atomic upsert (``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``) inside the caller's
transaction. On PostgreSQL the upsert locks the counter row until the transaction ends, so
concurrent writers queue on it; on SQLite :func:`core.db.transaction` holds the write lock
from ``BEGIN IMMEDIATE``. Either way two transactions never get the same number, and a
transaction that rolls back gives its numbers back with everything else it wrote, so no
reference is ever on two contacts. Bulk callers take a block of ``n`` numbers in one step.
"""
from core import clock
from core import db as database
from core.models import ReferenceCounter


def prefix_for(type_code, moment=None):
    """``RFA-2026``: the type's code and the business calendar's year."""
    return f"{type_code.upper()}-{clock.to_local(moment or clock.now()).year}"


def format_reference(prefix, number):
    return f"{prefix}-{number:06d}"


def allocate_block(prefix, n):
    """Reserve ``n`` consecutive numbers for ``prefix``; return the first. Call in a transaction."""
    if n < 1:
        raise ValueError("allocate at least one reference")
    table = ReferenceCounter._meta.table_name
    param = database.db.param
    cursor = database.db.execute_sql(
        f'INSERT INTO "{table}" ("prefix", "last") VALUES ({param}, {param}) '
        f'ON CONFLICT ("prefix") DO UPDATE SET "last" = "{table}"."last" + {param} '
        f'RETURNING "last"', (prefix, n, n))
    last = cursor.fetchone()[0]
    return last - n + 1


def allocate_references(prefix, n=1):
    """``n`` new references for ``prefix`` (e.g. ``"RFA-2026"``), in order.

    Runs in the caller's transaction when there is one (so the numbers are given back if it
    rolls back), else in its own.
    """
    if database.db.in_transaction():
        first = allocate_block(prefix, n)
    else:
        with database.transaction():
            first = allocate_block(prefix, n)
    return [format_reference(prefix, first + i) for i in range(n)]
