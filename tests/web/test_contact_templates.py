"""Contact templates in the portal: an LSO adds one from scratch or saves a raise form as one,
changes it and deletes it after a confirmation page; a bad one is explained and saves
nothing; Raise a contact opens with the Top 50 and a template pre-fills the form; a CDSP
admin publishes one to a portal; a user raises from them but does not keep them; another
organisation's is a 404 on every page; one whose type is off is hidden; a stale one is
refused naming the field."""
import re

import pytest

from core.actors import SystemActor
from core.contacts import contact_types, save_contact_template
from core.models import Contact, ContactTemplate
from core.tenancy import set_plugin_enabled
from tests.web.conftest import ENQ, RFA_FORM, mprn, text

FORM = {"template_type": "ENQ", "template_name": "Read refused",
        "summary": "Why was my read rejected?", "topic": "data", "question": "Read of 1 March."}


@pytest.fixture
def kept(principals):
    """``kept(org="ALP", **values)``: an ENQ template saved by the organisation's LSO."""
    def make(org="ALP", name="Read refused", **values):
        return save_contact_template(principals.user("lso", org), {
            "name": name, "contact_type": "ENQ", "values": {**ENQ, **values}})
    return make


def test_an_lso_keeps_templates_a_bad_one_explained_and_deletes_after_confirming(client, login_as):
    login_as("lso", "ALP")
    listing = text(client.get("/shipper/contact-templates"))
    assert "Add a contact template" in listing
    form = client.get("/shipper/contact-templates/new?type=enq")
    assert form.status_code == 200 and 'name="template_name"' in text(form)
    assert 'name="originator_ref"' not in text(form)
    bad = client.post("/shipper/contact-templates", data={**FORM, "template_name": "",
                                                          "topic": "gossip"})
    assert bad.status_code == 422
    assert "Give the template a name" in text(bad) and "Choose one of" in text(bad)
    assert ContactTemplate.select().count() == 0
    done = client.post("/shipper/contact-templates", data=FORM)
    assert done.status_code == 302
    template = ContactTemplate.get()
    assert template.values == {"summary": FORM["summary"], "topic": "data",
                               "question": FORM["question"]}
    changed = client.post(f"/shipper/contact-templates/{template.id}",
                          data={**FORM, "template_name": "Read refused (files)", "topic": "files"})
    assert changed.status_code == 302
    assert ContactTemplate.get_by_id(template.id).values["topic"] == "files"
    page = text(client.get(f"/shipper/contact-templates/{template.id}"))
    assert 'value="Read refused (files)"' in page and "Delete this template" in page
    confirm = client.get(f"/shipper/contact-templates/{template.id}/delete")
    assert "Delete the contact template 'Read refused (files)'?" in text(confirm)
    assert ContactTemplate.select().count() == 1          # asking deleted nothing
    assert client.post(f"/shipper/contact-templates/{template.id}/delete").status_code == 302
    assert ContactTemplate.select().count() == 0


def test_a_raise_form_is_saved_as_a_template_without_the_reference(client, login_as):
    login_as("supervisor", "ALP")
    form = text(client.get("/shipper/contacts/new/RFA"))
    assert "Save as a template" in form
    saved = client.post("/shipper/contact-templates", data={
        **RFA_FORM, "originator_ref": "ALP-9", "template_type": "RFA",
        "template_name": "Estimated reads"})
    assert saved.status_code == 302
    template = ContactTemplate.get()
    assert (template.name, template.contact_type) == ("Estimated reads", "RFA")
    assert "originator_ref" not in template.values and template.values["mprn"] == mprn()


def test_raise_opens_with_the_top_50_and_a_template_fills_the_form(client, login_as, kept, raised):
    template = kept(mprn=mprn())
    user = login_as("user", "ALP")
    raised(user, "RFA")
    start = text(client.get("/shipper/contacts/new"))
    assert "Your top 2" in start
    link = f'/shipper/contacts/new/ENQ?template={template.id}'
    assert f'href="{link}">Read refused</a>' in start
    assert re.search(r'href="/shipper/contacts/new/RFA">RFA – Request For Adjustment</a>', start)
    form = text(client.get(link))
    assert "Filled in from the template <strong>Read refused</strong>" in form
    assert f'value="{mprn()}"' in form
    assert re.search(r'value="files"( selected| checked)', form)      # a select or radios
    assert "Save as a template" not in form       # a user raises from templates, not keeps them
    done = client.post(link, data={"template": template.id, "mprn": mprn(),
                                   "summary": ENQ["summary"], "topic": "portal",
                                   "question": ENQ["question"], "originator_ref": "ALP-T1"})
    assert done.status_code == 302
    contact = Contact.get(Contact.originator_ref == "ALP-T1")
    assert contact.fields["topic"] == "portal" and contact.mprn == mprn()
    assert ContactTemplate.get_by_id(template.id).uses == 1


def test_a_value_cleared_on_the_form_is_not_raised(client, login_as, kept):
    template = kept(mprn=mprn())
    login_as("user", "ALP")
    done = client.post(f"/shipper/contacts/new/ENQ?template={template.id}",
                       data={"template": template.id, "mprn": "", **ENQ})
    assert done.status_code == 302
    assert Contact.get().mprn is None


def test_a_user_raises_from_templates_but_does_not_keep_them(client, login_as, kept):
    template = kept()
    login_as("user", "ALP")
    assert "Read refused" in text(client.get("/shipper/contact-templates"))
    assert "Add a contact template" not in text(client.get("/shipper/contact-templates"))
    for response in (client.get("/shipper/contact-templates/new?type=ENQ"),
                     client.post("/shipper/contact-templates", data=FORM),
                     client.get(f"/shipper/contact-templates/{template.id}"),
                     client.post(f"/shipper/contact-templates/{template.id}", data=FORM),
                     client.get(f"/shipper/contact-templates/{template.id}/delete"),
                     client.post(f"/shipper/contact-templates/{template.id}/delete")):
        assert response.status_code == 403
    assert ContactTemplate.select().count() == 1


@pytest.mark.parametrize("role, org", [("lso", "BET"), ("user", "BET"), ("lso", "NWG")])
def test_another_organisations_template_is_not_found_on_any_page(client, login_as, kept, role, org):
    template = kept()
    login_as(role, org)
    tenant = "gt" if org == "NWG" else "shipper"
    assert "Read refused" not in text(client.get(f"/{tenant}/contact-templates"))
    assert "Read refused" not in text(client.get(f"/{tenant}/contacts/new"))
    for response in (client.get(f"/{tenant}/contacts/new/ENQ?template={template.id}"),
                     client.post(f"/{tenant}/contacts/new/ENQ", data={"template": template.id, **ENQ}),
                     client.get(f"/{tenant}/contact-templates/{template.id}"),
                     client.post(f"/{tenant}/contact-templates/{template.id}", data=FORM),
                     client.get(f"/{tenant}/contact-templates/{template.id}/delete"),
                     client.post(f"/{tenant}/contact-templates/{template.id}/delete")):
        assert response.status_code == 404
    assert ContactTemplate.get_by_id(template.id).name == "Read refused"
    assert Contact.select().count() == 0


def test_a_cdsp_admin_publishes_a_template_to_the_shippers(client, login_as, principals):
    login_as("admin")
    form = text(client.get("/cdsp/contact-templates/new?type=ENQ"))
    assert "Publish to" in form
    assert client.post("/cdsp/contact-templates", data={
        **FORM, "template_name": "Address query", "template_tenant": "shipper"}).status_code == 302
    template = ContactTemplate.get()
    assert template.tenant.code == "shipper"
    assert "Every organisation of the" in text(client.get("/cdsp/contact-templates"))
    principals.sign_in(client, principals.user("user", "BET"))
    start = text(client.get("/shipper/contacts/new"))
    assert "Address query" in start and "from the CDSP" in start
    principals.sign_in(client, principals.user("user", "NWG"))
    assert "Address query" not in text(client.get("/gt/contacts/new"))


def test_a_template_whose_type_is_switched_off_is_hidden(client, login_as, kept):
    template = kept()
    set_plugin_enabled(SystemActor("test"), "shipper", contact_types()["ENQ"].plugin, False)
    login_as("lso", "ALP")
    assert "Read refused" not in text(client.get("/shipper/contacts/new"))
    assert client.get(f"/shipper/contacts/new/ENQ?template={template.id}").status_code == 404
    assert "Hidden: its type is not offered" in text(client.get("/shipper/contact-templates"))


def test_a_template_of_another_type_does_not_open_this_types_form(client, login_as, kept):
    template = kept()
    login_as("user", "ALP")
    assert client.get(f"/shipper/contacts/new/RFA?template={template.id}").status_code == 404
    assert client.get("/shipper/contacts/new/ENQ?template=nonsense").status_code == 404


def test_a_stale_template_is_refused_naming_the_field(client, login_as, kept):
    template = kept()
    ContactTemplate.update(values={**ENQ, "topic": "gossip"}).where(
        ContactTemplate.id == template.id).execute()
    login_as("user", "ALP")
    link = f"/shipper/contacts/new/ENQ?template={template.id}"
    assert client.get(link).status_code == 200
    refused = client.post(link, data={"template": template.id, **ENQ, "topic": "gossip"})
    assert refused.status_code == 422 and 'id="topic-error"' in text(refused)
    assert "comes from the template" in text(refused)
    assert Contact.select().count() == 0
