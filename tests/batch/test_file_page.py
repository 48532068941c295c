"""A file's page shows its QMR as a table: each record's outcome in words, its code and
text, a link to the contact it made; filtered to one outcome, a page of rows at a time;
sizes and statuses for people."""
import io
import re

from plugins.channels.batch import pipeline
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, qmp


def test_the_outcomes_are_on_the_files_page(app, clock, principals, monkeypatch):
    client, _ = principals.client("user", "ALP")
    records = [enq("GOOD-1"), ("BAD-1", "XYZ", "", "Unknown type", "a", "b"), enq("GOOD-2"),
               enq("BAD-2", question="")]
    sent = client.post("/shipper/files", data={"file": (io.BytesIO(qmp(records)), "mixed.qmp")},
                       content_type="multipart/form-data")
    for batch_file in BatchFile.select():
        pipeline.process(batch_file.id)
    url = sent.headers["Location"]
    page = client.get(url).get_data(as_text=True)
    assert "Processed" in page and re.search(r"\d+ bytes|KiB", page)
    assert "All (4)" in page and "Accepted (2)" in page and "Rejected (2)" in page
    contact_links = re.findall(r'<a href="/shipper/contacts/(ENQ-2026-\d+)">', page)
    assert len(contact_links) == 2
    rejected = client.get(url + "?show=RJ").get_data(as_text=True)
    rows = re.findall(r'<td class="numeric">(\d+)</td>\s*<td>([^<]*)</td>\s*<td>Rejected</td>', rejected)
    assert rows == [("2", "BAD-1"), ("4", "BAD-2")]
    assert re.search(r"<td>REC\d{3}</td>", rejected) and "GOOD-1" not in rejected
    from plugins.channels.batch import service
    monkeypatch.setattr(service, "ROWS_PER_PAGE", 1)
    first = client.get(url).get_data(as_text=True)
    assert "GOOD-1" in first and "BAD-1" not in first and "start=1" in first
    second = client.get(url + "?start=1").get_data(as_text=True)
    assert "BAD-1" in second and "GOOD-1" not in second


def test_another_organisations_file_page_is_not_found(app, clock, principals):
    client, _ = principals.client("user", "ALP")
    sent = client.post("/shipper/files", data={"file": (io.BytesIO(qmp([enq("X1")])), "a.qmp")},
                       content_type="multipart/form-data")
    for batch_file in BatchFile.select():
        pipeline.process(batch_file.id)
    other, _ = principals.client("user", "BET")
    assert other.get(sent.headers["Location"] + "?show=RJ").status_code == 404
