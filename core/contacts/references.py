"""Contact references such as ``RFA-2026-000123``: unique, human-readable, never reused.

Numbers come from the ``reference_counter`` row of the prefix (type code and year), bumped
by one atomic upsert (``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``) inside the caller's
transaction. On PostgreSQL the upsert locks the counter row until the transaction ends, so
concurrent writers queue on it; on SQLite :func:`core.db.transaction` holds the write lock
from ``BEGIN IMMEDIATE``. Either way two transactions never get the same number, and a
transaction that rolls back gives its numbers back with everything else it wrote, so no
reference is ever on two contacts. Bulk callers take a block of ``n`` numbers in one step.

Since the lock is held until the transaction ends, a single raise on PostgreSQL takes its
number last (:func:`allocate_onto`): its rows are written first with a stand-in reference,
which the same statement that bumps the counter replaces.
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


def allocate_onto(table, row_id, prefix):
    """PostgreSQL only: the next number of ``prefix`` made the reference of the row
    ``row_id`` of ``table`` (written with a stand-in reference), in ONE statement; answers
    the reference. Call it in the transaction that wrote the row, as late as it can be: the
    counter's row stays locked from here to the transaction's end, and every other raise
    of the type waits for it."""
    counter = ReferenceCounter._meta.table_name
    cursor = database.db.execute_sql(
        f'WITH n AS (INSERT INTO "{counter}" ("prefix", "last") VALUES (%s, 1) '
        f'ON CONFLICT ("prefix") DO UPDATE SET "last" = "{counter}"."last" + 1 '
        f'RETURNING "last") '
        f'UPDATE "{table}" SET "reference" = %s || \'-\' || '
        f'lpad(n."last"::text, greatest(6, length(n."last"::text)), \'0\') '
        f'FROM n WHERE "{table}"."id" = %s RETURNING "{table}"."reference"',
        (prefix, prefix, row_id))
    return cursor.fetchone()[0]


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
