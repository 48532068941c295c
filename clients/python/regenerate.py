"""Regenerate the CMS's Python client (the package ``cms_client`` in ``cms-client/``) from the
service's OpenAPI document, with openapi-python-client and the settings in ``config.yaml``.

    .venv/bin/python clients/python/regenerate.py            # rewrites clients/python/cms-client
    .venv/bin/python clients/python/regenerate.py OUT_DIR    # writes it to OUT_DIR instead

Run it after any change to the API: tests/api/test_client.py fails while the committed client
differs from what this writes. The document is the one ``cms openapi write FILE`` writes and
``/api/v1/openapi.json`` serves; it is kept beside the client as ``openapi.json``. A warning
from the generator fails the run: fix the document, not the generator.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLIENT = HERE / "cms-client"
DOCUMENT = "openapi.json"
WRITTEN_ON = datetime.datetime(2026, 4, 1, 9)   # the day the examples' dates are measured from


def document():
    """The service's OpenAPI document (it depends on the plugins installed, not on data), as
    served on :data:`WRITTEN_ON`: a type's example may give a date measured from today (an
    effective date to come), and the client written is the same whatever day it is written."""
    from core import clock, create_app
    with tempfile.TemporaryDirectory() as data:
        app = create_app({"CMS_DATABASE_URL": f"sqlite:///{data}/unused.sqlite3",
                          "CMS_DATA_DIR": data, "CMS_SECRET_KEY": "regenerating-the-client-0123456789"})
        with app.app_context(), clock.frozen(WRITTEN_ON):
            return app.extensions["cms_api"].spec.to_dict()


def generate(output=CLIENT):
    """Write the client for the current document to ``output`` (replacing what is there)."""
    output = Path(output).resolve()
    text = json.dumps(document(), indent=2, ensure_ascii=False) + "\n"
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / DOCUMENT
        source.write_text(text, encoding="utf-8")
        tools = str(Path(sys.executable).parent)   # ruff, run by the generator's post hooks
        subprocess.run(
            [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(source),
             "--config", str(HERE / "config.yaml"), "--meta", "setup", "--output-path", str(output),
             "--overwrite", "--fail-on-warning"],
            check=True, cwd=work, stdout=subprocess.DEVNULL,
            env={**os.environ, "PATH": tools + os.pathsep + os.environ.get("PATH", "")})
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    (output / DOCUMENT).write_text(text, encoding="utf-8")
    return output


if __name__ == "__main__":
    print(generate(*sys.argv[1:2]))
