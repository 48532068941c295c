"""``/api/v1/batch-checks``: check a QMP without sending it.

The whole pipeline runs (the format, every record's rules, references already open, the
file sequence, the query allowance each record would fall outside of) and the answer is the
QMR or QMJ the file would get, while nothing is created or registered and no sequence,
reference or allowance is used (:func:`plugins.channels.batch.pipeline.check`). A check is a
resource of its own rather than a flag on sending, so a file meant to be checked can never be
sent by a missing parameter.
"""
import functools

from flask_login import current_user

from core.downloads import download
from core.errors import CmsError
from core.uploads import takes_files
from plugins.channels.batch import service
from plugins.channels.batch.api import too_large


def resources(api):
    """The resource's blueprint, built once per process from the API's kit ``api``."""
    return [_blueprint(api)]


@functools.cache
def _blueprint(api):
    blp = api.blueprint("batch-checks", __name__, "/batch-checks",
                        "Check a QMP file without sending it: the response it would get.")

    @blp.route("", methods=["POST"])
    @blp.arguments(api.UploadIn, location="files")
    @blp.response(200, description="The QMR (or QMJ) the file would get, as CSV. "
                  "Accepted records carry no CMS reference: nothing was raised. The headers "
                  "`X-CMS-Response-Type`, `X-CMS-Accepted` and `X-CMS-Rejected` summarise it.",
                  content_type="text/csv")
    @blp.alt_response(403, description="Your role cannot send contact files.")
    @blp.alt_response(413, description="The file is over the size limit (FIL008).")
    def check(files):
        """Check a QMP file (multipart field `file`) as if it were sent now."""
        upload = files["file"]
        try:
            checked = service.check(current_user, upload.stream)
        except CmsError as exc:
            return too_large(api, exc)
        name = f"check-{checked.response_type}-{(upload.filename or 'upload.qmp').rsplit('.', 1)[0]}.csv"
        return download(checked.content, name, "text/csv", headers={
            "X-CMS-Response-Type": checked.response_type,
            "X-CMS-Accepted": str(checked.accepted), "X-CMS-Rejected": str(checked.rejected),
            "Cache-Control": "no-store"})

    check.accepts_multipart = True
    takes_files(service.max_bytes)(check)
    return blp
