"""The batch channel's part of the demo market: two files the demo Shipper sent, processed,
each with accepted and rejected records, so Files, a file's page and its QMR have something
to show. Left alone when the Shipper has sent files already."""
from core import clock
from plugins.channels.batch import pipeline
from plugins.channels.batch.intake import register
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.writers import write_qmp


def _enq(ref, question):
    return (ref, "ENQ", "", f"Question {ref}", "files", question)


FILES = (
    ("alp-enquiries-1.qmp", 1, [_enq("FILE1-01", "Why was the read estimated?"),
                                _enq("FILE1-02", "When will the transfer complete?"),
                                ("FILE1-03", "RFA", "3938424404", "Wrong check digits", "M1"),
                                _enq("FILE1-04", "Who holds the meter asset?"),
                                ("FILE1-05", "XYZ", "", "An unknown type")]),
    ("alp-enquiries-2.qmp", 2, [_enq("FILE2-01", "Is the site still registered to us?"),
                                _enq("FILE2-01", "The same reference twice"),
                                _enq("FILE2-02", "What AQ applies from next month?")]),
)


def load_demo_files(people):
    user = people.get("ALP")
    if user is None or BatchFile.select().where(BatchFile.organisation == user.organisation_id).exists():
        return
    for name, sequence, records in FILES:
        data = write_qmp(user.organisation.code, sequence, records, now=clock.now())
        batch_file = register(user.organisation, data, name, "portal", uploaded_by=user)
        pipeline.process(batch_file.id)
