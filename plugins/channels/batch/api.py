"""``/api/v1/batch-files``: send a QMP, follow it, read its QMR or QMJ.

The batch plugin adds this resource to the API with the ``register_api_resources`` hook,
built with the kit the API hands it (plugins never import each other); the API serves it
only in tenants that enable this plugin. Another organisation's file is not found.
"""
import functools

from flask import jsonify, url_for
from flask_login import current_user
from marshmallow import Schema, fields

from core.downloads import download
from core.errors import CmsError
from core.uploads import takes_files
from plugins.channels.batch import service

def resources(api):
    """The resource's blueprint, built once per process from the API's kit ``api``."""
    return [_blueprint(api)]


def too_large(api, exc):
    """The API's answer to a file over the size limit (FIL008), named with its batch code as
    the core's own 413 answer would not; any other error is raised again."""
    if exc.status != 413:
        raise exc
    response = jsonify(api.error_body(413, f"FIL008: {exc.message}",
                                      {"file": "FIL008: file larger than the configured limit"}))
    response.status_code = 413
    return response


class Progress(Schema):
    done = fields.Integer()
    total = fields.Integer()


@functools.cache
def _blueprint(api):
    blp = api.blueprint("batch-files", __name__, "/batch-files",
                        "QMP files of contacts: send one, follow its processing, read its response.")

    class BatchFileOut(Schema):
        id = fields.Integer()
        file_type = fields.String(metadata={"description": "QMP for files you send; QCL/QEX reports"})
        filename = fields.String()
        sequence = fields.Integer(allow_none=True, metadata={"description": "FILE_SEQUENCE of its header"})
        channel = fields.String()
        status = fields.String(metadata={"description": "received, processing, processed or rejected"})
        size = fields.Integer()
        sha256 = fields.String()
        received_at = api.UtcDateTime()
        finished_at = api.UtcDateTime(allow_none=True)
        record_count = fields.Integer()
        accepted_count = fields.Integer()
        rejected_count = fields.Integer()
        error_code = fields.String(allow_none=True, metadata={"description": "FIL00x when rejected whole"})
        error_text = fields.String(allow_none=True)
        response_type = fields.String(allow_none=True, metadata={"description": "QMR or QMJ once ready"})
        progress = fields.Nested(Progress, allow_none=True)

    @blp.route("", methods=["POST"])
    @blp.arguments(api.UploadIn, location="files")
    @blp.response(202, BatchFileOut)
    @blp.alt_response(403, description="Your role cannot send contact files.")
    @blp.alt_response(413, description="The file is over the size limit (FIL008).")
    def submit(files):
        """Send a QMP file (multipart field `file`); it is processed on the queue."""
        upload = files["file"]
        try:
            batch_file = service.submit(current_user, upload.stream, upload.filename or "upload.qmp", "api")
        except CmsError as exc:
            return too_large(api, exc)
        body = service.describe(batch_file)
        return body, 202, {"Location": url_for("batch-files.read", file_id=batch_file.id)}

    submit.accepts_multipart = True
    takes_files(service.max_bytes)(submit)

    @blp.route("/<int:file_id>", methods=["GET"])
    @blp.response(200, BatchFileOut)
    def read(file_id):
        """A file's status and counts (and its progress while it is processed)."""
        return service.describe(service.get_file(current_user, file_id))

    @blp.route("/<int:file_id>/response", methods=["GET"])
    @blp.response(200, description="The QMR or QMJ (text/csv).", content_type="text/csv")
    @blp.alt_response(404, description="No such file of yours, or it has no response yet: a "
                                       "file has one once processed (its `status` is then "
                                       "processed or rejected), until then 404.")
    def response(file_id):
        """The file's response, once it has one: a QMR, or a QMJ when rejected whole."""
        batch_file, content = service.response(current_user, file_id)
        return download(content, f"{batch_file.response_type}-{batch_file.id}.csv", "text/csv")

    return blp
