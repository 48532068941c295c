"""Response templates in the portal: an LSO or CDSP admin keeps them on the Templates page
(a bad one is explained and saves nothing); a contact's action forms and a view's bulk form
offer those that fit; another organisation's template is a 404."""
from core.contacts import act, save_template, save_view
from core.models import Contact, ResponseTemplate
from tests.support.confirm import confirmed
from tests.web.conftest import text


def test_an_admin_keeps_templates_and_a_bad_one_is_explained(client, login_as):
    login_as("admin")
    bad = client.post("/cdsp/templates", data={"name": "Answered", "use": "resolution",
                                               "body": "Done for {customer}"})
    assert bad.status_code == 422 and "{customer} is not a variable" in text(bad)
    assert ResponseTemplate.select().count() == 0
    done = client.post("/cdsp/templates", data={"name": "Answered", "use": "resolution",
                                                "code": "RES001", "tenant": "shipper",
                                                "body": "We answered {reference}."})
    assert done.status_code == 302
    page = text(client.get("/cdsp/templates"))
    assert "Answered" in page and "We answered {reference}." in page and "{due_date}" in page
    template = ResponseTemplate.get()
    client.post(f"/cdsp/templates/{template.id}", data={"name": "Answered", "use": "resolution",
                                                       "code": "RES002", "body": "Fixed {reference}."})
    assert ResponseTemplate.get_by_id(template.id).code == "RES002"
    client.post(f"/cdsp/templates/{template.id}/delete")
    assert ResponseTemplate.select().count() == 0


def test_a_user_lists_but_does_not_keep_templates(client, login_as, principals):
    save_template(principals.user("lso", "ALP"), {"name": "Chaser", "use": "message", "body": "News?"})
    login_as("user", "ALP")
    page = text(client.get("/shipper/templates"))
    assert "Chaser" in page and "Save the template" not in page
    assert client.post("/shipper/templates", data={"name": "x", "use": "message",
                                                   "body": "x"}).status_code == 403


def test_an_agent_resolves_with_a_template_from_the_contacts_page(client, login_as, principals,
                                                                   raised):
    contact = raised(principals.user("user", "ALP"))
    template = save_template(principals.user("admin"), {
        "name": "Answered", "use": "resolution", "code": "RES001",
        "body": "We answered {reference} for {originator}."})
    save_template(principals.user("admin"), {"name": "RFA only", "use": "resolution",
                                             "contact_type": "RFA", "body": "Adjusted."})
    agent = login_as("agent")
    act(agent, contact, "accept")
    page = text(client.get(f"/cdsp/contacts/{contact.reference}"))
    assert "Start from a template" in page and "Answered" in page and "RFA only" not in page
    assert "RES001 – Query answered" in page
    done = client.post(f"/cdsp/contacts/{contact.reference}/act", data={
        "action": "resolve", "template": str(template.id), "text": "", "code": ""})
    assert done.status_code == 302
    resolved = Contact.get_by_id(contact.id)
    assert resolved.resolution_text == f"We answered {contact.reference} for ALP."
    assert resolved.resolution_code == "RES001"
    assert "<strong>RES001 – Query answered</strong>" in text(
        client.get(f"/cdsp/contacts/{contact.reference}"))


def test_bulk_rejection_with_a_template_from_a_view(client, login_as, principals, raised):
    alp = principals.user("user", "ALP")
    made = [raised(alp, summary=f"Q{n}") for n in range(2)]
    template = save_template(principals.user("admin"), {
        "name": "Wrong type", "use": "rejection", "code": "REJ004",
        "body": "{reference} should be raised as another type."})
    agent = login_as("agent")
    view = save_view(agent, "All ENQ", {"contact_type": "ENQ"})
    assert "Wrong type (a rejection)" in text(client.get(f"/cdsp/views/{view.id}"))
    client.post(f"/cdsp/views/{view.id}/bulk", data=confirmed({
        "operation": "reject", "template": str(template.id), "text": "", "code": "",
        "reference": [c.reference for c in made]}))
    for contact in made:
        rejected = Contact.get_by_id(contact.id)
        assert rejected.status == "rejected" and rejected.rejection_code == "REJ004"
        assert rejected.rejection_text == f"{contact.reference} should be raised as another type."


def test_another_organisations_template_is_not_found(client, login_as, principals, raised):
    theirs = save_template(principals.user("lso", "BET"), {"name": "Ours", "use": "message",
                                                           "body": "Hi"})
    contact = raised(principals.user("user", "ALP"))
    login_as("lso", "ALP")
    assert client.get(f"/shipper/templates/{theirs.id}").status_code == 404
    assert client.post(f"/shipper/templates/{theirs.id}/delete").status_code == 404
    assert client.post(f"/shipper/templates/{theirs.id}", data={"name": "x", "use": "message",
                                                               "body": "y"}).status_code == 404
    refused = client.post(f"/shipper/contacts/{contact.reference}/act", data={
        "action": "message", "template": str(theirs.id), "text": ""})
    assert refused.status_code == 422
    assert ResponseTemplate.get_by_id(theirs.id).name == "Ours"
