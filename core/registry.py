"""What plugins register: contact types, channels and guides, each keyed by a unique code.

Registries are built from hook results when the app starts; a duplicate key
stops start-up with a message naming both plugins.
"""
from core.tenancy import results_by_plugin


class RegistryError(Exception):
    """Two plugins registered the same key."""


class ContactType:
    """A kind of contact (RFA, CDQ, ...). A plugin subclasses it and sets the class attributes;
    see ``plugins/contact_types/enq.py`` for the smallest complete example.

    ``schema`` is a marshmallow schema class for the type's own fields; it should subclass
    :class:`core.contacts.fields.ContactSchema` (MPRN, summary, originator's reference).
    ``batch_fields`` names those fields in the order they follow SUMMARY in a QMP record.
    ``ceds`` maps Case Event Description codes to what they mean. ``rules`` and ``route``
    are the type's business rules and routing.
    """
    code = ""
    name = ""
    sub_service = "Data Amend"
    raised_by = ()            # participant types that may raise it, e.g. ("shipper",)
    received_by = ()          # participant types it is routed to (beside the CDSP), e.g. ("shipper",)
    cdsp_may_raise = False    # whether the CDSP may raise it to a participant
    service_level_days = 10   # target in business days; tenants override in [service_levels]
    mprn_required = True
    schema = None             # a marshmallow Schema class (ContactSchema subclass)
    batch_fields = ()         # the type's fields after SUMMARY in a batch record, in order
    ceds = {}                 # Case Event Description code -> meaning, e.g. {"SPUR": "..."}
    rejection_codes = {}      # codes this type adds to the core's rejection list
    resolution_codes = {}     # codes this type adds to the core's resolution list
    allows_rfi = False        # whether a Request For Information may be sent on it
    challenge_days = 10       # business days after resolution in which the originator may challenge
    # What an unanswered correspondence does to the contact at its due date:
    # "resume" (back to work, clock restarts), "resolve" or "close" (with a standard text).
    correspondence_consequence = {"DCR": "resume", "CCR": "resume", "RFI": "resolve"}
    correspondence_days = 5   # default business days to answer a correspondence
    guide = ""                # the "Contacts Explained" text: when to raise it, what to give
    example = {}              # a valid contact of this type, as a participant would give it:
                              # shown in the guide and the API listing, raised by the test suite
                              # (a date its rules measure from today: a property giving
                              # core.contacts.example_date, so it never goes stale)
    plugin = None             # filled in by the registry: the plugin that registered it

    def rules(self, data, context):
        """Business rules on loaded ``data``; return {field: message} for each broken one.

        ``context`` is a :class:`core.contacts.fields.RaiseContext` (actor, originator
        organisation, participant type, today's business date).
        """
        return {}

    def route(self, data, context):
        """The organisation code a new contact goes to, or None for the default
        (the CDSP when a participant raises it, the named organisation when the CDSP does)."""
        return None

    def ced_on_raise(self, data, recipient):
        """The CED (one of ``ceds``) a new contact starts with, given its fields ``data`` (as
        stored: JSON-safe) and the ``recipient`` Organisation; None for none."""
        return None

    def __repr__(self):
        return f"<ContactType {self.code}>"


class Channel:
    """A way in and out of the service (portal, API, batch)."""
    code = ""
    name = ""
    blueprint = None          # a Flask blueprint, registered by the core
    plugin = None
    service = None            # the service (core.services) its pages need, or None

    def __init__(self, code=None, name=None, blueprint=None, service=None):
        self.code = code or self.code
        self.name = name or self.name
        self.blueprint = blueprint or self.blueprint
        self.service = service or self.service

    def __repr__(self):
        return f"<Channel {self.code}>"


class Guide:
    """A help page or guide shown in the tenants that enable its plugin."""
    slug = ""
    title = ""
    plugin = None

    def __init__(self, slug=None, title=None, body=None, sections=None):
        self.slug = slug or self.slug
        self.title = title or self.title
        self.body = body
        self.sections = sections or []

    def __repr__(self):
        return f"<Guide {self.slug}>"


class Registry:
    """Items of one kind, keyed by ``key`` (an attribute), remembering which plugin gave each."""

    def __init__(self, kind, key):
        self.kind = kind
        self.key = key
        self._items = {}

    def add(self, item, plugin):
        key = getattr(item, self.key)
        if not key:
            raise RegistryError(f"plugin {plugin!r} registered a {self.kind} without a {self.key}")
        if key in self._items:
            other = self._items[key].plugin
            raise RegistryError(f"{self.kind} {key!r} is registered by both plugin {other!r} "
                                f"and plugin {plugin!r}")
        item.plugin = plugin
        self._items[key] = item

    def get(self, key):
        return self._items.get(key)

    def __getitem__(self, key):
        return self._items[key]

    def __contains__(self, key):
        return key in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: getattr(i, self.key)))

    def __len__(self):
        return len(self._items)

    def enabled_for(self, tenant_plugins):
        """The items whose plugin is in ``tenant_plugins`` (a set of plugin names)."""
        return [item for item in self if item.plugin in tenant_plugins]


def build_registries(pm):
    """Call each ``register_*`` hook once per plugin, through the plugin manager (so hook
    wrappers and tracing see the calls), and file what each returns under that plugin."""
    registries = {
        "contact_types": Registry("contact type", "code"),
        "channels": Registry("channel", "code"),
        "guides": Registry("guide", "slug"),
    }
    for name, registry in registries.items():
        for plugin, items in results_by_plugin(pm, f"register_{name}"):
            for item in items or ():
                registry.add(item, plugin)
    return registries
