"""The market sector of a contact, for the standards-of-service figures: Industrial &
Commercial (``ic``) or Domestic (``domestic``), derived from what the contact itself carries,
or ``unknown`` when it carries neither an AQ nor a supply point class.

The rule is ours (the industry standards split I&C from Domestic but the public record does
not say how a query is placed) and each tenant may change it in ``tenants/<tenant>.toml``;
a contact follows the rule of its originator's tenant::

    [settings]
    market_sector = ["aq", "class"]          # the sources, in order: the first the contact has decides
    market_sector_domestic_aq_below = 73200  # kWh: an AQ below it is Domestic, else I&C
    market_sector_domestic_classes = [3, 4]  # supply point classes counted Domestic, others I&C
    market_sector_aq_fields = ["annual_quantity", "current_aq", "estimated_aq"]

The defaults are those values: 73,200 kWh is the small-supply-point threshold (the RFA rule
uses it too). The sector is an SQL expression, so the database sorts a million contacts.
"""
import logging
from dataclasses import dataclass

from peewee import Case, fn

from core.models import Contact, Organisation, Tenant
from core.tenancy import tenants

IC, DOMESTIC, UNKNOWN = "ic", "domestic", "unknown"
SECTORS = (IC, DOMESTIC, UNKNOWN)
LABELS = {IC: "Industrial & Commercial", DOMESTIC: "Domestic", UNKNOWN: "Sector not known"}
SOURCES = ("aq", "class")
CLASS_FIELD = "supply_point_class"
log = logging.getLogger("cms.reports")


@dataclass(frozen=True)
class Rule:
    sources: tuple = ("aq", "class")
    domestic_aq_below: int = 73_200
    domestic_classes: tuple = (3, 4)
    aq_fields: tuple = ("annual_quantity", "current_aq", "estimated_aq")


def rule_of(spec):
    """The :class:`Rule` a tenant's settings give (a value that makes no sense is logged and
    the default kept, so a report never fails on it)."""
    settings = getattr(spec, "settings", None) or {}
    default = Rule()
    values = {}
    sources = settings.get("market_sector", default.sources)
    if isinstance(sources, str):
        sources = [sources]
    if isinstance(sources, (list, tuple)) and sources and all(s in SOURCES for s in sources):
        values["sources"] = tuple(sources)
    elif "market_sector" in settings:
        log.warning("tenant %s: market_sector must be a list of %s; using %s", spec.code,
                    ", ".join(SOURCES), list(default.sources))
    below = settings.get("market_sector_domestic_aq_below", default.domestic_aq_below)
    if isinstance(below, int) and below >= 0:
        values["domestic_aq_below"] = below
    classes = settings.get("market_sector_domestic_classes", default.domestic_classes)
    if isinstance(classes, (list, tuple)) and all(isinstance(c, int) for c in classes):
        values["domestic_classes"] = tuple(classes)
    fields = settings.get("market_sector_aq_fields", default.aq_fields)
    if isinstance(fields, (list, tuple)) and fields and all(isinstance(f, str) for f in fields):
        values["aq_fields"] = tuple(fields)
    return Rule(**values)


def _expression(rule):
    whens = []
    for source in rule.sources:
        if source == "aq":
            values = [Contact.fields[name].as_float() for name in rule.aq_fields]
            aq = values[0] if len(values) == 1 else fn.COALESCE(*values)
            whens += [(aq.is_null(False) & (aq < rule.domestic_aq_below), DOMESTIC),
                      (aq.is_null(False), IC)]
        else:
            spc = Contact.fields[CLASS_FIELD].as_int()
            if rule.domestic_classes:
                whens.append((spc.in_(list(rule.domestic_classes)), DOMESTIC))
            whens.append((spc.is_null(False), IC))
    return Case(None, whens, UNKNOWN) if whens else Case(None, [(Contact.id.is_null(), UNKNOWN)], UNKNOWN)


def sector():
    """The SQL expression of a contact's sector, by the rule of its originator's tenant."""
    by_rule = {}
    for code, spec in tenants().items():
        by_rule.setdefault(rule_of(spec), []).append(code)
    if len(by_rule) == 1:
        return _expression(next(iter(by_rule)))
    # the commonest rule is the fallback; the others are chosen by the originator's tenant
    ordered = sorted(by_rule.items(), key=lambda item: -len(item[1]))
    default, _ = ordered[0]
    whens = []
    for rule, codes in ordered[1:]:
        orgs = (Organisation.select(Organisation.id).join(Tenant)
                .where(Tenant.code.in_(sorted(codes))))
        whens.append((Contact.originator_org.in_(orgs), _expression(rule)))
    return Case(None, whens, _expression(default))
