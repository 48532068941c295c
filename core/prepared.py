"""Queries whose SQL is generated once.

peewee builds a query's SQL afresh every time it runs, walking the whole expression tree:
for the handful of small SELECTs every API request makes (the caller's key, the contact,
its history), that walk cost more than the database's own work. A :class:`Prepared` query is
written once with :func:`slot` where its arguments go; its SQL is generated on first use for
each kind of database, and every later call only sends that SQL with new values and reads
the rows back through the query's own cursor wrapper, so what comes back (models with their
joined models, tuples, dicts) is exactly what running the peewee query would give. The
cursor wrapper's set-up (which column goes to which model and converter, worked out from
the cursor's description on its first row) is also done once and copied to later wrappers:
the same SQL always answers the same columns.

    CONTACT_BY_REF = Prepared(lambda: Contact.select().where(Contact.reference == slot(0)))
    contact = CONTACT_BY_REF.first("RFA-2026-000001")

Values go to the driver as given (no field conversion): pass strings, numbers and None.
"""
import functools

import peewee

from core import db as database


class _Marker:
    __slots__ = ("index",)

    def __init__(self, index):
        self.index = index

    def __repr__(self):
        return f"slot({self.index})"


def slot(index):
    """Where the ``index``-th argument of a :class:`Prepared` query goes."""
    return peewee.Value(_Marker(index), converter=False, unpack=False)


class Prepared:
    """A SELECT made by ``build()`` (using :func:`slot`), its SQL generated once per dialect."""

    # A wrapper's attributes that belong to one cursor; the rest is its set-up, made once.
    PER_CURSOR = frozenset(("cursor", "count", "index", "initialized", "populated", "row_cache"))

    def __init__(self, build):
        self._build = build
        self._compiled = {}
        self._setup = {}

    def compiled(self):
        """``(query, sql, params)`` for the database in use."""
        key = (type(database.db.obj), database.db.param)
        found = self._compiled.get(key)
        if found is None:
            query = self._build()
            sql, params = query.sql()
            found = self._compiled[key] = (query, sql, tuple(params))
        return found

    def __call__(self, *args):
        """Every row, as iterating the query would give them."""
        query, sql, params = self.compiled()
        values = [args[p.index] if isinstance(p, _Marker) else p for p in params]
        cursor = database.db.execute_sql(sql, values)
        wrapper = query._get_cursor_wrapper(cursor)
        setup = self._setup.get(sql)
        if setup is not None:
            wrapper.__dict__.update(setup)
            wrapper.initialized = True
        rows = list(wrapper)
        if setup is None and wrapper.initialized:
            self._setup[sql] = {name: value for name, value in wrapper.__dict__.items()
                                if name not in self.PER_CURSOR}
        return rows

    def first(self, *args):
        """The first row, or None (build the query with ``.limit(1)`` when many may match)."""
        rows = self(*args)
        return rows[0] if rows else None


def hydrated(model, data, related=None):
    """A ``model`` instance as if peewee had read it: ``data`` by field name (foreign keys as
    ids), ``related`` the objects behind those keys (none None). peewee's own constructor
    runs every field's setter and default, which costs more than the query for hot paths."""
    instance = model.__new__(model)
    instance.__data__ = data
    instance._dirty = set()
    instance.__rel__ = related or {}
    return instance


@functools.cache
def _names(model):
    return tuple(field.name for field in model._meta.sorted_fields)


def from_columns(model, values):
    """A ``model`` instance made from ``values`` given in the order of its columns
    (``model._meta.sorted_fields``, as ``model.select()`` reads them)."""
    return hydrated(model, dict(zip(_names(model), values)))
