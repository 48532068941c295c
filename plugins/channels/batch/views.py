"""The portal's Files pages: upload a QMP, follow it, download its response; the
organisation's file search and archive (QMP sent, QMR/QMJ answers, QCL/QEX reports)."""
from flask import Response, abort, redirect, render_template, request, url_for
from werkzeug.routing import BuildError
from flask_login import current_user

from core.downloads import download
from core.errors import Forbidden
from core.permissions import allowed
from core.storage import FileTooLarge
from core.uploads import takes_files
from core.web import access, nav_link, portal_blueprint
from plugins.channels.batch import service
from plugins.channels.batch.intake import PROCESSING, RECEIVED

FILE_TYPES = ("QMP", "QCL", "QEX")
STATUSES = ("received", "processing", "processed", "rejected")
REFRESH_SECONDS = 3

bp = portal_blueprint("batch", __name__, template_folder="templates")
nav_link(bp, "Files", "batch.index", order=50, when=lambda user, tenant: not tenant.is_cdsp)


def _filters(args):
    filters, errors = {}, {}
    if args.get("type") in FILE_TYPES:
        filters["file_type"] = args["type"]
    if args.get("status") in STATUSES:
        filters["status"] = args["status"]
    sequence = (args.get("sequence") or "").strip()
    if sequence:
        if sequence.isdigit() and len(sequence) <= 10:
            filters["sequence"] = int(sequence)
        else:
            errors["sequence"] = "Give a file sequence as a whole number."
    return filters, errors


@bp.route("/files", methods=["GET", "POST"])
@takes_files(service.max_bytes)   # a larger upload is refused from its Content-Length, unread
@access("batch.view")
def index():
    errors = {}
    if request.method == "POST":
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            errors["file"] = "Choose a QMP file to upload."
        elif "check" in request.form:       # the "Check the file" button: nothing is sent
            try:
                checked = service.check(current_user, upload.stream)
            except FileTooLarge as exc:
                errors["file"] = f"FIL008: {exc.message}"
            except Forbidden as exc:
                abort(403, exc.message)
            else:
                return render_template("batch/check.html", checked=checked,
                                       filename=upload.filename, words=service.OUTCOME_WORDS,
                                       max_bytes=service.max_bytes())
        else:
            try:
                batch_file = service.submit(current_user, upload.stream, upload.filename, "portal")
            except FileTooLarge as exc:
                errors["file"] = f"FIL008: {exc.message}"
            except Forbidden as exc:
                abort(403, exc.message)
            else:
                return redirect(url_for("batch.detail", file_id=batch_file.id))
    filters, filter_errors = _filters(request.args)
    files = service.files(current_user, **filters)
    status = 422 if errors else (400 if filter_errors else 200)
    return render_template("batch/index.html", files=files, errors={**errors, **filter_errors},
                           args=request.args, file_types=FILE_TYPES, statuses=STATUSES,
                           status_words=service.STATUS_WORDS,
                           may_submit=allowed(current_user, "batch.submit", current_user.organisation),
                           max_bytes=service.max_bytes()), status


@bp.get("/files/<int:file_id>")
@access("batch.view")
def detail(file_id):
    batch_file = service.get_file(current_user, file_id)
    described = service.describe(batch_file)
    show = request.args.get("show", "")
    show = show if show in service.OUTCOME_WORDS else ""
    start = request.args.get("start", "0")
    outcomes = service.response_rows(current_user, file_id, outcome=show or None,
                                     start=int(start) if start.isdigit() else 0)
    response = Response(render_template("batch/detail.html", file=batch_file, info=described,
                                        outcomes=outcomes, show=show,
                                        words=service.OUTCOME_WORDS,
                                        status_words=service.STATUS_WORDS,
                                        per_page=service.ROWS_PER_PAGE))
    if batch_file.status in (RECEIVED, PROCESSING):
        response.headers["Refresh"] = str(REFRESH_SECONDS)  # no script needed to follow it
    return response


@bp.get("/files/<int:file_id>/response")
@access("batch.view")
def download_response(file_id):
    from plugins.channels.batch.pipeline import outbox_name
    batch_file, content = service.response(current_user, file_id)
    return download(content, outbox_name(batch_file), "text/csv")


@bp.get("/files/<int:file_id>/original")
@access("batch.view")
def download_original(file_id):
    batch_file, content = service.original(current_user, file_id)
    return download(content, batch_file.filename, "text/csv")


@bp.app_template_global()
def contact_url(reference):
    """The portal page of a contact, when this app has one (another plugin serves it)."""
    try:
        return url_for("web.contact", reference=reference)
    except BuildError:
        return None
