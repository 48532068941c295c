"""The architecture as import-linter contracts (``[importlinter]`` in setup.cfg): the core
never imports a plugin, plugins never import each other (each channel and each contact type
is its own), and plugins import only the core's public modules, the contacts engine through
``core.contacts`` alone."""
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code = lint_imports(config_filename=str(ROOT / "setup.cfg"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert report.count("KEPT") == 3, report
