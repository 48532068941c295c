"""'Was this helpful?': answers are recorded per portal, guide, user and organisation, and
only CDSP admins read them."""
import pytest

from plugins.guides.models import GuideFeedback


def text(response):
    return response.get_data(as_text=True)


def test_an_answer_is_recorded_and_thanked(client, login_as):
    user = login_as("user", "ALP")
    response = client.post("/shipper/help/quick-reference/feedback",
                           data={"helpful": "no", "comment": "  Say where the LSO list is.  "})
    assert response.status_code == 302
    assert response.headers["Location"] == "/shipper/help/quick-reference#feedback"
    row = GuideFeedback.get()
    assert (row.tenant, row.guide, row.helpful, row.comment) == (
        "shipper", "quick-reference", False, "Say where the LSO list is.")
    assert row.user_id == user.id and row.organisation_id == user.organisation_id
    assert "Thank you: your answer has been sent" in text(client.get(response.headers["Location"]))


def test_every_guide_page_asks(client, login_as):
    login_as("user", "ALP")
    for slug in ("quick-reference", "faqs", "shipper", "contacts-explained"):
        html = text(client.get(f"/shipper/help/{slug}"))
        assert "Was this guide helpful?" in html
        assert f'action="/shipper/help/{slug}/feedback#feedback"' in html


@pytest.mark.parametrize("form,field,message", [
    ({}, "helpful", "Choose yes or no."),
    ({"helpful": "maybe"}, "helpful", "Choose yes or no."),
    ({"helpful": "yes", "comment": "x" * 1001}, "comment", "Use at most 1000 characters"),
])
def test_a_bad_answer_is_explained_and_nothing_is_stored(client, login_as, form, field, message):
    login_as("user", "ALP")
    response = client.post("/shipper/help/faqs/feedback", data=form)
    assert response.status_code == 422
    html = text(response)
    assert "Your answer was not sent" in html
    assert f'<a href="#{field}">{message}' in html
    assert GuideFeedback.select().count() == 0


def test_no_answers_about_guides_this_portal_does_not_show(client, login_as):
    login_as("user", "ALP")
    assert client.post("/shipper/help/gt/feedback", data={"helpful": "yes"}).status_code == 404
    assert client.post("/shipper/help/nope/feedback", data={"helpful": "yes"}).status_code == 404
    assert GuideFeedback.select().count() == 0


def test_answering_needs_sign_in(client):
    response = client.post("/shipper/help/faqs/feedback", data={"helpful": "yes"})
    assert response.status_code == 302
    assert GuideFeedback.select().count() == 0


def test_cdsp_admins_read_the_answers(principals):
    shipper, _ = principals.client("user", "ALP")
    gt, _ = principals.client("user", "NWG")
    shipper.post("/shipper/help/faqs/feedback", data={"helpful": "yes"})
    shipper.post("/shipper/help/faqs/feedback", data={"helpful": "no", "comment": "More on <files>"})
    gt.post("/gt/help/gt/feedback", data={"helpful": "yes", "comment": "Clear, thanks"})
    admin, _ = principals.client("admin")
    response = admin.get("/cdsp/help/feedback")
    assert response.status_code == 200
    html = text(response)
    assert "More on &lt;files&gt;" in html and "Clear, thanks" in html
    assert "<td>1</td><td>1</td><td>50%</td>" in html  # the shipper FAQs: one yes, one no
    only_gt = text(admin.get("/cdsp/help/feedback?guide=gt"))
    assert "Clear, thanks" in only_gt and "More on" not in only_gt


@pytest.mark.parametrize("role,org,path,status", [
    ("agent", "CDSP", "/cdsp/help/feedback", 403),
    ("lso", "ALP", "/shipper/help/feedback", 404),
    ("user", "ALP", "/shipper/help/feedback", 404),
    ("admin", "CDSP", "/shipper/help/feedback", 404),  # a CDSP page only
])
def test_nobody_else_reads_the_answers(principals, role, org, path, status):
    client, _ = principals.client(role, org)
    assert client.get(path).status_code == status
