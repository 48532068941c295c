"""The guides plugin: the Help section of every portal.

Guides are plain :class:`core.registry.Guide` objects; this plugin registers the Quick
Reference Guide, a user guide per participant type, one for CDSP staff, the FAQs (all in
``content/``) and *Contacts Explained*, written from the contact-type plugins. Its channel
is the Help pages (``views.py``): guides, search, "Was this helpful?" and Contact us. A
person's erasure reaches the answers' comments (``feedback.py``).
"""
from pathlib import Path

from core.hookspecs import hookimpl
from core.registry import Channel
from plugins.guides.catalogue import load_content_guides
from plugins.guides.explained import ContactsExplained
from plugins.guides.feedback import erase
from plugins.guides.views import bp


@hookimpl
def erase_person(erasure):
    return erase(erasure)


@hookimpl
def register_guides():
    return load_content_guides() + [ContactsExplained()]


@hookimpl
def register_channels():
    return [Channel(code="help", name="Help pages and guides", blueprint=bp)]


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"
