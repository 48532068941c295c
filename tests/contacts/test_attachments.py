"""Attachments: checked by content, limited in size, stored as files outside the database."""
import io
import zipfile
from pathlib import Path

import pytest

from core.contacts.attachments import open_attachment
from core.contacts import act, history, raise_contact
from core.errors import Invalid, NotFound
from core.models import Attachment

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def docx():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.fixture
def contact(clock, shipper, good):
    return raise_contact(shipper, "ENQ", good("ENQ"), "web")


@pytest.mark.parametrize("filename, content, content_type", [
    ("reads.pdf", PDF, "application/pdf"),
    ("meter.PNG", PNG, "image/png"),
    ("reads.csv", b"mprn,read\n3938424403,1200\n", "text/plain"),
    ("letter.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
])
def test_allowed_files_are_stored_under_the_data_directory(filename, content, content_type, app,
                                                           contact, shipper, agent):
    act(shipper, contact, "attach", filename=filename, content=content)
    item = Attachment.get(Attachment.contact == contact)
    assert (item.filename, item.content_type, item.size) == (filename, content_type, len(content))
    stored = Path(app.config["CMS_DATA_DIR"]) / "attachments" / item.storage_key
    assert stored.read_bytes() == content
    assert open_attachment(agent, item.id)[1] == content
    assert history(shipper, contact)[-1].data["after"]["filename"] == filename


@pytest.mark.parametrize("filename, content, says", [
    ("report.pdf", b"MZ\x90\x00\x03" + b"\x00" * 50, "not accepted"),       # a program
    ("reads.csv", PDF, "must end in .pdf"),                                   # name lies
    ("photo.pdf", PNG, "must end in .png"),
    ("empty.txt", b"", "empty"),
    ("", PDF, "name"),
    ("fake.docx", b"PK\x03\x04garbage", "not accepted"),
])
def test_files_are_checked_by_content(filename, content, says, app, contact, shipper):
    with pytest.raises(Invalid) as caught:
        act(shipper, contact, "attach", filename=filename, content=content)
    assert says in caught.value.errors["file"]
    assert Attachment.select().count() == 0


@pytest.mark.parametrize("app_config", [{"CMS_ATTACHMENT_MAX_BYTES": 1000}])
def test_the_size_limit_is_configurable(app, contact, shipper):
    act(shipper, contact, "attach", filename="ok.txt", content=b"a" * 1000)
    with pytest.raises(Invalid) as caught:
        act(shipper, contact, "attach", filename="big.txt", content=b"a" * 1001)
    assert "the limit is 1,000 bytes" in caught.value.errors["file"]


def test_others_cannot_open_an_attachment(app, contact, shipper, principals):
    act(shipper, contact, "attach", filename="reads.pdf", content=PDF)
    item = Attachment.get(Attachment.contact == contact)
    with pytest.raises(NotFound):
        open_attachment(principals.user("user", "BET"), item.id)
