"""ENQ: General Enquiry — a question to the CDSP (or from it) that no other type fits.

To add a contact type, copy this file to ``plugins/contact_types/<code>.py``, change the
class, and list ``plugins.contact_types.<code>`` in ``core/plugins.py``; tenants then enable
it by adding ``<code>`` to ``plugins`` in ``tenants/*.toml``.
"""
from core import hookimpl
from core.contacts import Choice, ContactSchema, Text
from core.registry import ContactType

TOPICS = ("data", "portal", "files", "invoicing", "process", "other")


class EnquirySchema(ContactSchema):
    topic = Choice(TOPICS, required=True, metadata={"description": "What it is about: " + ", ".join(TOPICS)})
    question = Text(4000, required=True, metadata={"description": "Your question in full"})


class Enquiry(ContactType):
    code = "ENQ"
    name = "General Enquiry"
    sub_service = "Data Amend"
    raised_by = ("shipper", "gt", "igt", "mra", "dmsp", "uip")
    cdsp_may_raise = True
    service_level_days = 5
    mprn_required = False
    schema = EnquirySchema
    batch_fields = ("topic", "question")
    ceds = {"WCDS": "With the CDSP's service desk", "WSME": "With a subject expert"}
    example = {"summary": "How do I read a QMR?", "topic": "files",
               "question": "What does WN mean in a QMR file?"}
    guide = """
        Ask a question no other contact type covers: how a process works, what a file
        means, why data looks as it does. Give an MPRN when the question is about one meter
        point. If your question is really a request to change data, raise that type instead.
    """


@hookimpl
def register_contact_types():
    return [Enquiry()]
