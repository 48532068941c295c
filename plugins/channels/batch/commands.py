"""``cms batch``: process a file in the foreground, write an organisation's reports."""
import sys

import click
from flask.cli import with_appcontext

from core.models import CDSP_ORG, Organisation
from core.storage import FileTooLarge
from plugins.channels.batch import pipeline
from plugins.channels.batch.intake import DONE, OrganisationActor, register


@click.group("batch")
def batch_group():
    """Batch files: QMP in, QMR/QMJ/QCL/QEX out."""


def _organisation(code):
    org = Organisation.by_code(code)
    if org is None or not org.is_active:
        raise click.ClickException(f"there is no active organisation {code!r}")
    return org


@batch_group.command("submit")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, readable=True))
@click.option("--org", "org_code", required=True, help="the sending organisation's code")
@with_appcontext
def submit(path, org_code):
    """Process the QMP at PATH as ORG's file, here and now, with a progress bar; print the
    absolute path of the response (QMR or QMJ) left in the organisation's outbox."""
    org = _organisation(org_code)
    actor = OrganisationActor(org, "cli")
    try:
        with open(path, "rb") as handle:
            batch_file = register(actor.organisation, handle, click.format_filename(path), "cli")
    except FileTooLarge as exc:
        raise click.ClickException(f"FIL008: {exc.message}") from None
    with click.progressbar(length=1, label=f"batch file {batch_file.id}", file=sys.stderr,
                           show_pos=True) as bar:
        def progress(done, total):
            bar.length = max(total, 1)
            bar.update(done - bar.pos)
        batch_file = pipeline.process(batch_file.id, progress=progress)
    if batch_file.status not in DONE or not batch_file.response_key:
        raise click.ClickException(f"batch file {batch_file.id} is {batch_file.status}: another "
                                   "worker holds it; see its status in the portal")
    summary = (f"{batch_file.response_type}: {batch_file.accepted_count} accepted, "
               f"{batch_file.rejected_count} rejected" if batch_file.response_type == "QMR"
               else f"QMJ: {batch_file.error_code} {batch_file.error_text}")
    click.echo(summary, err=True)
    click.echo(str(pipeline.outbox_path(batch_file).resolve()))


@batch_group.command("check")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, readable=True))
@click.option("--org", "org_code", required=True, help="the sending organisation's code")
@with_appcontext
def check(path, org_code):
    """Check the QMP at PATH as ORG's file without sending it: print the QMR (or QMJ) it
    would get; nothing is created or registered, no sequence or allowance is used. Exits 1
    when the file would be rejected whole or any record refused."""
    actor = OrganisationActor(_organisation(org_code), "cli")
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        checked = pipeline.check(actor, data)
    except FileTooLarge as exc:
        raise click.ClickException(f"FIL008: {exc.message}") from None
    click.echo(checked.content.decode("utf-8"), nl=False)
    summary = (f"QMR: {checked.accepted} would be accepted, {checked.rejected} rejected"
               if checked.response_type == "QMR"
               else f"QMJ: {checked.error_code} {checked.error_text}")
    click.echo(f"check only, nothing sent: {summary}", err=True)
    if checked.response_type == "QMJ" or checked.rejected:
        sys.exit(1)


@batch_group.command("report")
@click.option("--org", "org_code", required=True, help="the organisation's code")
@with_appcontext
def report(org_code):
    """Write ORG's next QCL and QEX (what changed since its previous ones) and print their
    paths in its outbox."""
    from plugins.channels.batch.reports import write_reports
    for batch_file in write_reports(_organisation(org_code)):
        click.echo(str(pipeline.outbox_path(batch_file).resolve()))


def write_all_reports(tenants, only_if_changed=True):
    """The reports of every participant organisation in ``tenants`` (the daily job is given
    the tenants that enable batch files); answers how many were written."""
    from plugins.channels.batch.reports import write_reports
    written = 0
    for org in Organisation.select().where(Organisation.is_active & (Organisation.code != CDSP_ORG)):
        if org.tenant.code in tenants:
            written += len(write_reports(org, only_if_changed=only_if_changed))
    return written
