"""Raising a contact on the portal: the type, the generated form, errors, files, the CDSP."""
import re

import pytest

from core.models import Attachment, Contact
from tests.web.conftest import ENQ, RFA_FORM, text

PDF = b"%PDF-1.4\n%%EOF\n"


def test_the_types_my_organisation_uses_most_come_first(client, login_as, raised):
    user = login_as("user", "ALP")
    raised(user, "RFA")
    raised(user, "RFA", originator_ref="R2")
    raised(user, "ENQ")
    page = text(client.get("/shipper/contacts/new"))
    order = re.findall(r'name="type" type="radio" value="([A-Z]+)"', page)
    assert order[:2] == ["RFA", "ENQ"] and order[2:] == sorted(order[2:])
    assert "FOM" not in order   # Shippers do not raise it
    assert "2 of your organisation's latest contacts" in page


def test_the_file_upload_is_offered_only_where_the_portal_has_it(client, login_as):
    from core.actors import SystemActor
    from core.tenancy import set_plugin_enabled
    login_as("user", "ALP")
    assert 'href="/shipper/files">Upload a file of contacts' in text(client.get("/shipper/contacts/new"))
    set_plugin_enabled(SystemActor("test"), "shipper", "batch", False)
    assert "Upload a file of contacts" not in text(client.get("/shipper/contacts/new"))
    login_as("agent")
    assert "Upload a file of contacts" not in text(client.get("/cdsp/contacts/new"))


def test_no_kind_is_chosen_for_the_user_and_continuing_without_one_says_so(client, login_as):
    login_as("user", "ALP")
    page = text(client.get("/shipper/contacts/new"))
    assert 'name="type" type="radio"' in page and "checked" not in page
    response = client.get("/shipper/contacts/new?continue=1")
    page = text(response)
    assert response.status_code == 400 and "Error: Raise a contact" in page
    assert 'href="#type-' in page and "Select the kind of contact to raise." in page


def test_choosing_a_type_opens_its_form(client, login_as):
    login_as("user", "ALP")
    response = client.get("/shipper/contacts/new?type=rfa")
    assert response.headers["Location"].endswith("/shipper/contacts/new/RFA")


def test_the_form_has_a_labelled_field_for_each_schema_field_with_its_hint(client, login_as):
    login_as("user", "ALP")
    page = text(client.get("/shipper/contacts/new/RFA"))
    for name, label in [("mprn", "MPRN"), ("summary", "Summary"),
                        ("originator_ref", "Your reference (optional)"),
                        ("meter_serial", "Meter serial number"),
                        ("adjustment_start", "Adjustment start"),
                        ("correction_factor", "Correction factor (optional)")]:
        assert f'<label for="{name}">{label}</label>' in page
    assert "Meter Point Reference Number, with its check digits" in page
    # a short choice is radios, in words: the code is only the value sent
    assert re.search(r'<input class="radios__input" id="reason-2" name="reason" type="radio" '
                     r'value="meter_exchange">\s*<label class="radios__label" for="reason-2">'
                     r'Meter exchange</label>', page)
    assert "<legend class=\"fieldset__legend\">Supply point class</legend>" in page
    assert "checked" not in page.split('name="reason"', 1)[1].split("</fieldset>", 1)[0]
    assert "Why: inaccurate_read" not in page   # a hint that only lists the codes goes
    assert "class 1 goes as a DMQ to the DMSP" in page   # one that says more stays
    assert '<div class="hint" id="meter_serial-hint">' not in page   # nor one that repeats the label
    assert 'type="date"' in page
    assert "due within 10 business days" in page


@pytest.mark.parametrize("field, value, message", [
    ("mprn", "3938424499", "check digits"),
    ("adjustment_end", "2024-01-01", "cannot end before it starts"),
    ("supply_point_class", "1", "classes 2, 3 and 4"),
    ("annual_quantity", "lots", "whole number of kWh"),
    ("summary", "", "Enter the summary."),
    ("meter_serial", "", "Enter the meter serial number."),
    ("reason", "", "Select the reason."),
])
def test_a_bad_field_is_explained_next_to_it_and_nothing_is_raised(client, login_as, field, value,
                                                                   message):
    login_as("user", "ALP")
    response = client.post("/shipper/contacts/new/RFA", data=dict(RFA_FORM, **{field: value}))
    page = text(response)
    assert response.status_code == 422
    assert "The contact was not raised" in page and f'href="#{field}"' in page
    error = re.search(rf'id="{field}-error">(.*?)</p>', page, re.S)
    assert error and message in error.group(1)
    kept = "summary" if field != "summary" else "annual_quantity"
    assert f'value="{RFA_FORM[kept]}"' in page   # what was typed is kept
    assert Contact.select().count() == 0


def test_every_problem_is_named_in_one_pass(client, login_as):
    """A missing field and a broken rule of the type are both told at the first attempt."""
    login_as("user", "ALP")
    form = dict(RFA_FORM, meter_serial="", adjustment_end="2024-01-01", correction_factor="9")
    page = text(client.post("/shipper/contacts/new/RFA", data=form))
    summary = page.split('id="error-summary-title"', 1)[1].split("</ul>", 1)[0]
    assert 'href="#meter_serial">Enter the meter serial number.' in summary
    assert 'href="#adjustment_end">' in summary and "cannot end before it starts" in summary
    assert 'href="#correction_factor">A correction factor is between 0.5 and 2.' in summary
    assert Contact.select().count() == 0


def test_the_contact_page_shows_choices_in_words(client, login_as):
    login_as("user", "ALP")
    client.post("/shipper/contacts/new/RFA", data=dict(RFA_FORM, reason="inaccurate_read"))
    page = text(client.get(f"/shipper/contacts/{Contact.get().reference}"))
    assert "Inaccurate read" in page and "inaccurate_read" not in page


def test_a_good_form_raises_the_contact_and_confirms_reference_and_due_date(client, login_as,
                                                                            clock):
    login_as("user", "ALP")
    response = client.post("/shipper/contacts/new/RFA", data=RFA_FORM)
    contact = Contact.get()
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/shipper/contacts/{contact.reference}?raised=1")
    page = text(client.get(response.headers["Location"]))
    assert "Contact raised" in page and contact.reference in page
    assert "It is due by 18 Mar 2026." in page   # 10 business days from Wednesday 4 March
    assert contact.fields["meter_serial"] == "M123" and contact.channel == "web"


def test_files_are_attached_as_it_is_raised(client, login_as):
    login_as("user", "ALP")
    data = dict(ENQ, attachments=[(__import__("io").BytesIO(PDF), "letter.pdf")])
    response = client.post("/shipper/contacts/new/ENQ", data=data,
                           content_type="multipart/form-data")
    assert response.status_code == 302
    assert [a.filename for a in Attachment.select()] == ["letter.pdf"]


def test_a_refused_file_stops_the_contact_too(client, login_as):
    import io
    login_as("user", "ALP")
    data = dict(ENQ, attachments=[(io.BytesIO(b"MZ\x90\x00\x03binary"), "tool.pdf")])
    response = client.post("/shipper/contacts/new/ENQ", data=data,
                           content_type="multipart/form-data")
    assert response.status_code == 422
    assert "Files of this kind are not accepted" in text(response)
    assert Contact.select().count() == 0


def test_cdsp_staff_choose_the_organisation(client, login_as, principals):
    principals.org("ALP")
    login_as("agent")
    page = text(client.get("/cdsp/contacts/new/ENQ"))
    assert '<label for="to_org">Organisation to raise it to</label>' in page
    assert '<option value="ALP">' in page
    response = client.post("/cdsp/contacts/new/ENQ", data=ENQ)
    assert response.status_code == 422 and "to_org-error" in text(response)
    response = client.post("/cdsp/contacts/new/ENQ", data=dict(ENQ, to_org="ALP"))
    assert response.status_code == 302
    assert Contact.get().holder_org.code == "ALP"


def test_participants_cannot_name_an_organisation(client, login_as, principals):
    principals.org("BET")
    login_as("user", "ALP")
    client.post("/shipper/contacts/new/ENQ", data=dict(ENQ, to_org="BET"))
    assert Contact.get().holder_org.code == "CDSP"   # the field is ignored: it goes to the CDSP


@pytest.mark.parametrize("role, org, tenant, code", [
    ("user", "ALP", "shipper", "FOM"),        # not raised by Shippers
    ("user", "ALP", "shipper", "NOPE"),
    ("read_only", "ALP", "shipper", "ENQ"),   # read-only users raise nothing
    ("agent", None, "cdsp", "RFA"),           # the CDSP does not raise RFAs
])
def test_types_you_may_not_raise_are_not_found(client, login_as, role, org, tenant, code):
    login_as(role, org or "ALP")
    assert client.get(f"/{tenant}/contacts/new/{code}").status_code == 404
    assert client.post(f"/{tenant}/contacts/new/{code}", data=ENQ).status_code == 404
    assert Contact.select().count() == 0


def test_read_only_users_are_told_they_cannot_raise(client, login_as):
    login_as("read_only", "ALP")
    page = text(client.get("/shipper/contacts/new"))
    assert "does not let you raise contacts" in page
    assert "Raise a contact</a>" not in page   # nor offered in the header
