import subprocess
import sys

import pytest

from core import create_app
from core.config import ConfigError, load_config


def test_defaults_use_sqlite_and_files_under_the_data_dir(tmp_path):
    config = load_config({"CMS_DATA_DIR": str(tmp_path)}, environ={})
    assert config["CMS_DATABASE_URL"] == f"sqlite:///{tmp_path / 'cms.sqlite3'}"
    assert config["CMS_TIMEZONE"] == "Europe/London"
    assert config["CMS_SESSION_IDLE_MINUTES"] == 30
    assert config["CMS_SESSION_ABSOLUTE_HOURS"] == 12


def test_environment_overrides_defaults(tmp_path):
    config = load_config(environ={"CMS_DATA_DIR": str(tmp_path), "CMS_SESSION_IDLE_MINUTES": "5",
                                  "CMS_DATABASE_URL": "postgresql://u@h:5432/db"})
    assert config["CMS_SESSION_IDLE_MINUTES"] == 5
    assert config["CMS_DATABASE_URL"] == "postgresql://u@h:5432/db"


def test_secret_key_is_generated_once_and_kept(tmp_path):
    first = load_config(environ={"CMS_DATA_DIR": str(tmp_path)})["CMS_SECRET_KEY"]
    second = load_config(environ={"CMS_DATA_DIR": str(tmp_path)})["CMS_SECRET_KEY"]
    assert first == second and len(first) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("name, value, fragment", [
    ("CMS_DATABASE_URL", "mysql://x", "must start with sqlite:/// or postgresql://"),
    ("CMS_TIMEZONE", "Mars/Olympus", "not a known time zone"),
    ("CMS_SESSION_IDLE_MINUTES", "soon", "must be a whole number"),
    ("CMS_SECURE_COOKIES", "perhaps", "must be true or false"),
    ("CMS_SECRET_KEY", "short", "at least 16 characters"),
    ("CMS_TENANT_HOSTS", "nohost", "must look like host=tenant"),
    ("CMS_TENANTS_DIR", "/no/such/dir", "is not a directory"),
    ("CMS_LOCKOUT_THRESHOLD", "0", "at least"),
])
def test_bad_settings_say_what_to_fix(tmp_path, name, value, fragment):
    with pytest.raises(ConfigError, match=fragment.replace("/", ".")):
        load_config(environ={"CMS_DATA_DIR": str(tmp_path), name: value})


def test_bad_tenant_file_names_the_file(tmp_path):
    tenants = tmp_path / "tenants"
    tenants.mkdir()
    (tenants / "cdsp.toml").write_text('name = "CDSP"\nparticipant_type = "cdsp"\n')
    (tenants / "shipper.toml").write_text('name = "Shippers"\nplugins = "rfa"\n')
    with pytest.raises(ConfigError, match="shipper.toml: plugins must be a list"):
        create_app({"CMS_DATA_DIR": str(tmp_path), "CMS_TENANTS_DIR": str(tenants)})


def test_cms_command_reports_a_bad_setting_in_one_line(tmp_path):
    env = {"CMS_DATA_DIR": str(tmp_path), "CMS_TIMEZONE": "Nowhere/Land", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", "from core.cli import main; main(['db', 'upgrade'])"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "cms: configuration error: CMS_TIMEZONE 'Nowhere/Land' is not a known time zone (e.g. Europe/London)"]
    assert "Traceback" not in result.stderr


def test_wsgi_reports_a_bad_setting_in_one_line(tmp_path):
    env = {"CMS_DATA_DIR": str(tmp_path), "CMS_DATABASE_URL": "oracle://x", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", "import wsgi"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "CMS_DATABASE_URL must start with" in result.stderr
