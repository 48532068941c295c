"""Downloads and uploads at the edges of every channel (issue 16, items 1 and 4).

Item 1: a file is answered with one ``Content-Disposition`` (core.downloads): an ASCII
``filename`` and a ``filename*=UTF-8''...``. A name that is not Latin-1 (``price€.txt``)
downloads rather than failing with a 500, and a quote or semicolon in a stored name never
adds a parameter, so a browser saves the file under the name it was stored with. The
headers are read here by real parsers: the standard library's ``email`` (every parameter,
in order, as sent) and werkzeug's ``parse_options_header`` (the name a browser saves:
``filename*`` when there is one, RFC 6266).

Item 4: a portal upload whose ``Content-Length`` declares more than its view takes is
refused (413, naming the limit) before a byte of its body is read, as the API's are; the
tests hand the request a body that counts what is read of it.
"""
import datetime
import io
from email.message import EmailMessage, Message
from email.utils import collapse_rfc2231_value

import pytest
from werkzeug.http import parse_options_header
from werkzeug.test import EnvironBuilder

from core import apikeys
from core import clock as service_clock
from core.contacts import act, raise_contact
from core.downloads import FALLBACK_NAME, content_disposition
from core.models import Attachment, Contact
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.writers import write_qmp
from plugins.channels.web.raising import MAX_FILES
from tests.support.confirm import confirmed

ENQ = {"mprn": "3938424403", "summary": "Why was my read rejected?", "topic": "data",
       "question": "Why?"}
API_ENQ = {"type": "ENQ", "mprn": ENQ["mprn"], "summary": ENQ["summary"],
           "fields": {"topic": ENQ["topic"], "question": ENQ["question"]}}
TEXT = "price: 5 €\n".encode("utf-8")
PDF = b"%PDF-1.4\n%%EOF\n"
EURO_NAME = "price€.txt"
# A stored name written to close the quoted filename and add a filename* of its own.
HOSTILE_NAME = "x\"; filename*=UTF-8''evil.html; a=\".txt"
SMALL_LIMIT = 1000   # CMS_ATTACHMENT_MAX_BYTES and CMS_BATCH_MAX_BYTES in the upload tests
OVERSIZED = 200_000  # more than any small limit and the form's envelope (64 KiB) together


# ------------------------------------------------------------------ reading the header

def parameters(header):
    """Every parameter of a Content-Disposition value, in order, as the standard library's
    MIME parser reads it: ``[("filename", ...), ("filename*", ...)]`` (``filename*``
    decoded from its charset), without the disposition type."""
    message = Message()
    message["Content-Disposition"] = header
    found = []
    for name, value in message.get_params(header="content-disposition")[1:]:
        if isinstance(value, tuple):   # an RFC 2231/5987 extended value: name*=charset''...
            found.append((name + "*", collapse_rfc2231_value(value)))
        else:
            found.append((name, value))
    return found


def disposition_type(header):
    return parse_options_header(header)[0]


def saved_name(header):
    """The name a browser saves the download as: ``filename*`` over ``filename`` (RFC 6266),
    as werkzeug's parser chooses."""
    return parse_options_header(header)[1].get("filename")


def assert_names(header, stored):
    """The header is an attachment naming ``stored`` exactly: an ASCII fallback and the
    full name in ``filename*``, and no other parameter."""
    header.encode("latin-1")   # sendable at all: the 500 was this failing
    assert disposition_type(header) == "attachment"
    params = parameters(header)
    assert [name for name, _ in params] == ["filename", "filename*"], params
    fallback = dict(params)["filename"]
    assert fallback and fallback.isascii() and fallback.isprintable()
    assert dict(params)["filename*"] == stored
    assert saved_name(header) == stored


# ------------------------------------------------------------------ fixtures

@pytest.fixture
def app_config():
    """Small upload limits for every test here (the files downloaded are smaller still)."""
    return {"CMS_ATTACHMENT_MAX_BYTES": SMALL_LIMIT, "CMS_BATCH_MAX_BYTES": SMALL_LIMIT}


@pytest.fixture
def api_caller(app, principals):
    """(test client, headers with a new ALP user's API key, the user)."""
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "tests")
    return app.test_client(), {"Authorization": f"Bearer {token}"}, user


def attach(user, contact, filename, content):
    """A file attached to ``contact`` by ``user``, as stored (no multipart encoding between)."""
    return act(user, contact, "attach", "web", filename=filename, content=content) \
        .attachments.order_by(Attachment.id.desc()).get()


def qmp(sequence=1):
    record = ("Q1", "ENQ", "", "A question", "files", "What does WN mean?")
    return write_qmp("ALP", sequence, [record], now=datetime.datetime(2026, 4, 2, 9, 0))


# ------------------------------------------------------------------ item 1: through the channels

def test_an_attachment_named_outside_latin_1_is_uploaded_and_downloaded_through_the_api(api_caller):
    client, key, _ = api_caller
    ref = client.post("/api/v1/contacts", json=API_ENQ, headers=key).get_json()["reference"]
    sent = client.post(f"/api/v1/contacts/{ref}/attachments", headers=key,
                       data={"file": (io.BytesIO(TEXT), EURO_NAME)},
                       content_type="multipart/form-data")
    assert sent.status_code == 201, sent.get_json()
    assert sent.get_json()["filename"] == EURO_NAME
    download = client.get(f"/api/v1/contacts/{ref}/attachments/{sent.get_json()['id']}",
                          headers=key)
    assert download.status_code == 200 and download.data == TEXT
    assert download.mimetype == "text/plain"
    header = download.headers["Content-Disposition"]
    assert_names(header, EURO_NAME)
    assert dict(parameters(header))["filename"] == "price.txt"
    assert download.headers["X-Content-Type-Options"] == "nosniff"


def test_a_hostile_stored_name_cannot_add_parameters_to_the_api_download(api_caller):
    client, key, user = api_caller
    contact = raise_contact(user, "ENQ", dict(ENQ), "web")
    item = attach(user, contact, HOSTILE_NAME, TEXT)
    assert item.filename == HOSTILE_NAME   # stored as sent: the download must cope with it
    download = client.get(f"/api/v1/contacts/{contact.reference}/attachments/{item.id}",
                          headers=key)
    assert download.status_code == 200 and download.data == TEXT
    header = download.headers["Content-Disposition"]
    assert_names(header, HOSTILE_NAME)
    assert "evil.html" not in {value for _, value in parameters(header)}
    for message in (Message(), EmailMessage()):   # the stdlib's two MIME parsers
        message["Content-Disposition"] = header
        assert message.get_filename() == "x__ filename_=UTF-8__evil.html_ a=_.txt"
    assert not saved_name(header).endswith(".html")


def test_the_portal_downloads_an_attachment_named_outside_latin_1(client, login_as):
    user = login_as("user", "ALP")
    contact = raise_contact(user, "ENQ", dict(ENQ), "web")
    url = f"/shipper/contacts/{contact.reference}/attachments"
    sent = client.post(url, data={"file": (io.BytesIO(TEXT), EURO_NAME)},
                       content_type="multipart/form-data")
    assert sent.status_code == 302
    item = Attachment.get()
    assert item.filename == EURO_NAME
    download = client.get(f"{url}/{item.id}")
    assert download.status_code == 200 and download.data == TEXT
    assert_names(download.headers["Content-Disposition"], EURO_NAME)


def test_a_hostile_stored_name_cannot_add_parameters_to_the_portal_download(client, login_as):
    user = login_as("user", "ALP")
    contact = raise_contact(user, "ENQ", dict(ENQ), "web")
    item = attach(user, contact, HOSTILE_NAME, TEXT)
    download = client.get(f"/shipper/contacts/{contact.reference}/attachments/{item.id}")
    assert download.status_code == 200 and download.data == TEXT
    assert_names(download.headers["Content-Disposition"], HOSTILE_NAME)


def test_the_portal_downloads_a_batch_files_original_named_outside_latin_1(app, principals):
    client, _ = principals.client("user", "ALP")
    content = qmp()
    sent = client.post("/shipper/files", data={"file": (io.BytesIO(content), "price€.qmp")},
                       content_type="multipart/form-data")
    assert sent.status_code == 302, sent.get_data(as_text=True)
    batch_file = BatchFile.get()
    assert batch_file.filename == "price€.qmp"
    download = client.get(f"/shipper/files/{batch_file.id}/original")
    assert download.status_code == 200 and download.data == content
    assert download.mimetype == "text/csv"
    assert_names(download.headers["Content-Disposition"], "price€.qmp")


def test_a_hostile_batch_file_name_cannot_add_parameters_to_its_download(app, principals):
    from plugins.channels.batch import service
    client, user = principals.client("user", "ALP")
    hostile = HOSTILE_NAME.replace(".txt", ".qmp")
    # Registered directly: the test client's multipart encoder would not escape the quote.
    batch_file = service.submit(user, qmp(), hostile, "portal")
    assert batch_file.filename == hostile
    download = client.get(f"/shipper/files/{batch_file.id}/original")
    assert download.status_code == 200 and download.data == qmp()
    header = download.headers["Content-Disposition"]
    assert_names(header, hostile)
    assert not saved_name(header).endswith(".html")


def test_the_batch_response_is_named_in_the_portal_and_the_api(app, principals, api_caller):
    from plugins.channels.batch import pipeline
    client, key, user = api_caller
    portal = principals.sign_in(app.test_client(), user)
    sent = client.post("/api/v1/batch-files", headers=key, content_type="multipart/form-data",
                       data={"file": (io.BytesIO(qmp()), "daily.qmp")})
    assert sent.status_code == 202, sent.get_json()
    file_id = sent.get_json()["id"]
    with service_clock.frozen(datetime.datetime(2026, 4, 2, 9, 5)):
        pipeline.process(file_id)
    batch_file = BatchFile.get_by_id(file_id)
    by_api = client.get(f"/api/v1/batch-files/{file_id}/response", headers=key)
    assert by_api.status_code == 200
    assert_names(by_api.headers["Content-Disposition"],
                 f"{batch_file.response_type}-{file_id}.csv")
    by_portal = portal.get(f"/shipper/files/{file_id}/response")
    assert by_portal.status_code == 200 and by_portal.data == by_api.data
    assert_names(by_portal.headers["Content-Disposition"], pipeline.outbox_name(batch_file))


def test_the_search_export_is_named_by_todays_date(client, login_as):
    user = login_as("user", "ALP")
    raise_contact(user, "ENQ", dict(ENQ), "web")
    with service_clock.frozen(datetime.datetime(2026, 3, 4, 10, 0)):
        response = client.get("/shipper/search/export.csv?type=ENQ")
        body = response.get_data(as_text=True)   # streamed: read while the clock is frozen
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert_names(response.headers["Content-Disposition"], "contacts-2026-03-04.csv")
    assert response.headers["Cache-Control"] == "no-store"
    assert Contact.get().reference in body


def test_the_reports_exports_are_named_by_their_period(app, principals):
    alp = principals.user("user", "ALP")
    raise_contact(alp, "ENQ", dict(ENQ), "web")
    client = principals.sign_in(app.test_client(), alp)
    response = client.get("/shipper/reports/export.csv?from=2026-01&to=2026-03&table=type")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert_names(response.headers["Content-Disposition"],
                 "contacts-by-type-2026-01-to-2026-03.csv")
    admin = principals.sign_in(app.test_client(), principals.user("admin"))
    published = admin.post("/cdsp/reports/monthly",
                           data=confirmed(organisation="ALP", month="2026-03"))
    assert published.status_code == 302
    report_id = published.headers["Location"].rsplit("/", 1)[1]
    monthly = client.get(f"/shipper/reports/monthly/{report_id}.csv")
    assert monthly.status_code == 200 and monthly.mimetype == "text/csv"
    assert_names(monthly.headers["Content-Disposition"], "performance-ALP-2026-03.csv")


# ------------------------------------------------------------------ item 1: the helper itself

@pytest.mark.parametrize("stored", [
    "price€.txt",
    "日本語.pdf",
    "€",
    "€.txt",
    "meter photo.pdf",
    "a\r\nSet-Cookie: session=stolen.txt",
    "a\nb\tc\x00d\x7f\x85.txt",
    "\r\n",
    'quote"d.txt',
    'x"; filename*=UTF-8\'\'evil.html; a=".txt',
    "semi;colon=1.txt",
    "back\\slash\\\".txt",
    "%41%42.txt",
    "it's (1) [2] {3} <4>.txt",
    "naïve café.txt",
])
def test_content_disposition_carries_any_name_in_exactly_two_parameters(stored):
    header = content_disposition(stored)
    assert "\r" not in header and "\n" not in header
    assert header.isascii() and header.isprintable()
    params = parameters(header)
    assert [name for name, _ in params] == ["filename", "filename*"], params
    fallback = dict(params)["filename"]
    assert fallback.isascii() and fallback.isprintable()
    assert not set(fallback) & set('"\\;\r\n')
    # control characters (CR/LF among them) are never sent; all else arrives as stored
    expected = "".join("_" if ord(c) < 32 or 127 <= ord(c) <= 159 else c for c in stored)
    assert dict(params)["filename*"] == expected.strip()
    assert saved_name(header) == expected.strip()


def test_content_disposition_keeps_an_ascii_name_whole_and_folds_accents():
    assert content_disposition("contacts-2026-03-04.csv") == (
        "attachment; filename=\"contacts-2026-03-04.csv\"; "
        "filename*=UTF-8''contacts-2026-03-04.csv")
    assert dict(parameters(content_disposition("naïve café.txt")))["filename"] == "naive cafe.txt"
    assert dict(parameters(content_disposition("€.txt")))["filename"] == FALLBACK_NAME + ".txt"


@pytest.mark.parametrize("stored", ["", None, "   ", "€", "日本語"])
def test_content_disposition_names_an_empty_or_unwritable_name_download(stored):
    params = dict(parameters(content_disposition(stored)))
    assert params["filename"] == FALLBACK_NAME
    if stored and stored.strip() and stored.isprintable():
        assert params["filename*"] == stored
    else:
        assert params["filename*"] == FALLBACK_NAME


def test_content_disposition_can_say_inline():
    header = content_disposition("chart.svg", disposition="inline")
    assert disposition_type(header) == "inline" and saved_name(header) == "chart.svg"


# ------------------------------------------------------------------ item 4: oversized uploads

class CountingInput:
    """A request body that counts the bytes read of it (and every attempt to read)."""

    def __init__(self, body):
        self._body = io.BytesIO(body)
        self.reads = 0
        self.bytes_read = 0

    def _count(self, data):
        self.reads += 1
        self.bytes_read += len(data)
        return data

    def read(self, size=-1):
        return self._count(self._body.read(size))

    def readline(self, size=-1):
        return self._count(self._body.readline(size))

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def __iter__(self):
        return iter(self.readline, b"")


def counted_post(client, path, data, headers=None):
    """POST ``data`` as multipart/form-data with an honest Content-Length, through a body
    that counts what is read of it; answers (response, the body)."""
    environ = EnvironBuilder(path=path, method="POST", data=data).get_environ()
    body = environ["wsgi.input"].read()
    counting = CountingInput(body)
    response = client.post(path, headers=headers, environ_overrides={
        "wsgi.input": counting, "CONTENT_TYPE": environ["CONTENT_TYPE"],
        "CONTENT_LENGTH": str(len(body))})
    return response, counting


def big_file(name, head=b"%PDF-1.4\n"):
    return (io.BytesIO(head + b"0" * OVERSIZED), name)


def portal_uploads(contact_reference):
    """(path, form, limit in the message) of each portal form that takes files."""
    return {
        "attachment": (f"/shipper/contacts/{contact_reference}/attachments",
                       {"file": big_file("big.pdf")}, SMALL_LIMIT),
        "raise form": ("/shipper/contacts/new/ENQ",
                       dict(ENQ, attachments=[big_file("big.pdf")]), MAX_FILES * SMALL_LIMIT),
        "batch file": ("/shipper/files", {"file": big_file("big.qmp", head=b"")}, SMALL_LIMIT),
    }


@pytest.mark.parametrize("csrf", [False, True], ids=["csrf-off", "csrf-on"])
@pytest.mark.parametrize("form", ["attachment", "raise form", "batch file"])
def test_an_oversized_portal_upload_is_refused_from_its_content_length_unread(app, client, login_as,
                                                                             form, csrf):
    user = login_as("user", "ALP")
    contact = raise_contact(user, "ENQ", dict(ENQ), "web")
    # The CSRF check reads the form before the view: the bound must stop it reading this one.
    app.config["WTF_CSRF_ENABLED"] = csrf
    path, data, limit = portal_uploads(contact.reference)[form]
    before = (Attachment.select().count(), BatchFile.select().count(), Contact.select().count())
    response, body = counted_post(client, path, data)
    assert response.status_code == 413, response.get_data(as_text=True)[:500]
    assert f"limit of {limit:,} bytes" in response.get_data(as_text=True)
    if form == "raise form":   # the limit is for every file together, and it says so
        assert f"bytes in all ({MAX_FILES} files of at most" in response.get_data(as_text=True)
    assert (body.reads, body.bytes_read) == (0, 0)
    assert (Attachment.select().count(), BatchFile.select().count(),
            Contact.select().count()) == before


def test_an_upload_within_the_limit_is_still_taken_by_every_portal_form(app, client, login_as):
    user = login_as("user", "ALP")
    contact = raise_contact(user, "ENQ", dict(ENQ), "web")
    attached = client.post(f"/shipper/contacts/{contact.reference}/attachments",
                           data={"file": (io.BytesIO(PDF), "small.pdf")},
                           content_type="multipart/form-data")
    assert attached.status_code == 302
    raised = client.post("/shipper/contacts/new/ENQ",
                         data=dict(ENQ, attachments=[(io.BytesIO(PDF), "letter.pdf")]),
                         content_type="multipart/form-data")
    assert raised.status_code == 302
    assert sorted(a.filename for a in Attachment.select()) == ["letter.pdf", "small.pdf"]
    small_qmp = qmp()
    assert len(small_qmp) <= SMALL_LIMIT
    sent = client.post("/shipper/files", data={"file": (io.BytesIO(small_qmp), "small.qmp")},
                       content_type="multipart/form-data")
    assert sent.status_code == 302 and BatchFile.select().count() == 1


def test_a_file_over_the_limit_in_a_body_within_the_envelope_is_explained(client, login_as):
    """A body the Content-Length lets through (the limit plus the form's envelope) is read,
    and a file in it over the limit is still refused, by the form, with what to do."""
    user = login_as("user", "ALP")
    contact = raise_contact(user, "ENQ", dict(ENQ), "web")
    response = client.post(f"/shipper/contacts/{contact.reference}/attachments",
                           data={"file": (io.BytesIO(PDF + b"0" * SMALL_LIMIT), "big.pdf")},
                           content_type="multipart/form-data")
    assert response.status_code == 422
    assert f"the limit is {SMALL_LIMIT:,} bytes" in response.get_data(as_text=True)
    assert Attachment.select().count() == 0


@pytest.mark.parametrize("upload", ["attachment", "batch file"])
def test_the_api_refuses_an_oversized_upload_from_its_content_length_unread(api_caller, upload):
    client, key, _ = api_caller
    ref = client.post("/api/v1/contacts", json=API_ENQ, headers=key).get_json()["reference"]
    path, data = {
        "attachment": (f"/api/v1/contacts/{ref}/attachments", {"file": big_file("big.pdf")}),
        "batch file": ("/api/v1/batch-files", {"file": big_file("big.qmp", head=b"")}),
    }[upload]
    response, body = counted_post(client, path, data, headers=key)
    assert response.status_code == 413, response.get_data(as_text=True)[:500]
    assert f"limit of {SMALL_LIMIT:,} bytes" in response.get_json()["message"]
    assert (body.reads, body.bytes_read) == (0, 0)
    assert Attachment.select().count() == 0 and BatchFile.select().count() == 0


def test_the_api_refuses_an_oversized_json_body_from_its_content_length_unread(api_caller):
    client, key, _ = api_caller
    environ = EnvironBuilder(method="POST", json=dict(API_ENQ, summary="x" * (2 * 1024 * 1024)))
    body = CountingInput(environ.get_environ()["wsgi.input"].read())
    response = client.post("/api/v1/contacts", headers=key, environ_overrides={
        "wsgi.input": body, "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(environ.content_length)})
    assert response.status_code == 413 and response.get_json()["message"]
    assert (body.reads, body.bytes_read) == (0, 0)
    assert Contact.select().count() == 0
