"""Plugins own their parts: their settings (``register_settings``), their tables and numbered
migrations (``register_migrations``), and the portal asks for a plugin's links rather than
naming the plugin."""
import pytest
from core import create_app, hookimpl
from core import db as database
from core.actors import SystemActor
from core.cli import migration_runners, upgrade_database
from core.settings import ConfigError, Setting, whole_number
from core.tenancy import set_plugin_enabled

MIGRATION = '''from peewee import *


def up(migrator, db):
    class Gadget(Model):
        label = CharField(max_length=20)
        class Meta:
            database = db
            table_name = 'gadget'
    db.create_tables([Gadget])
'''


def gadget_plugin(tmp_path, **settings):
    folder = tmp_path / "gadget_migrations"
    folder.mkdir(exist_ok=True)
    (folder / "0001_gadget.py").write_text(MIGRATION)

    class Gadgets:
        name = "gadgets"

        @hookimpl
        def register_migrations(self):
            return folder

        @hookimpl
        def register_settings(self):
            return [Setting("GADGET_LIMIT", 3, whole_number, lambda v: None if v < 10 else "must be below 10")]

    return Gadgets()


def fresh_app(tmp_path, *plugins, **config):
    return create_app({"CMS_DATA_DIR": str(tmp_path), "CMS_SECRET_KEY": "x" * 32,
                       "CMS_DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
                       "CMS_EXTRA_PLUGINS": list(plugins), **config})


def test_a_plugin_setting_has_its_default_and_is_read_from_the_environment(tmp_path, monkeypatch):
    assert fresh_app(tmp_path, gadget_plugin(tmp_path)).config["CMS_GADGET_LIMIT"] == 3
    monkeypatch.setenv("CMS_GADGET_LIMIT", "7")
    assert fresh_app(tmp_path, gadget_plugin(tmp_path)).config["CMS_GADGET_LIMIT"] == 7


@pytest.mark.parametrize("raw, fragment", [("many", "CMS_GADGET_LIMIT must be a whole number"),
                                           ("12", "CMS_GADGET_LIMIT must be below 10")])
def test_a_bad_plugin_setting_stops_start_up_naming_it(tmp_path, raw, fragment):
    with pytest.raises(ConfigError, match=fragment):
        fresh_app(tmp_path, gadget_plugin(tmp_path), CMS_GADGET_LIMIT=raw)


def test_two_owners_of_one_setting_stop_start_up(tmp_path):
    class Thief:
        name = "thief"

        @hookimpl
        def register_settings(self):
            return [Setting("BATCH_MAX_BYTES", 1)]

    with pytest.raises(ConfigError, match="CMS_BATCH_MAX_BYTES is declared by both plugin 'batch' "
                                          "and plugin 'thief'"):
        fresh_app(tmp_path, Thief())


def test_the_shipped_plugins_declare_their_settings(tmp_path):
    config = fresh_app(tmp_path).config
    assert (config["CMS_SMTP_URL"], config["CMS_WEBHOOK_MAX_ATTEMPTS"], config["CMS_API_RATE_LIMIT"],
            config["CMS_BATCH_LEASE_SECONDS"]) == ("", 8, 1200, 40)
    with pytest.raises(ConfigError, match="CMS_SMTP_URL must be empty"):
        fresh_app(tmp_path, CMS_SMTP_URL="mail.example")


def tables():
    return set(database.db.get_tables())


def test_upgrade_runs_the_core_then_each_plugin_with_its_own_history(tmp_path):
    app = fresh_app(tmp_path, gadget_plugin(tmp_path))
    with app.app_context():
        labels = [label for label, _ in migration_runners(app.extensions["cms"].pm)]
        assert labels[0] == "core" and labels[1:] == sorted(labels[1:])
        assert {"batch", "api", "guides", "notifications", "webhooks", "reports", "gadgets"} <= set(labels)
        applied = upgrade_database()
        assert "gadgets/0001_gadget" in applied and "batch/0002_responses_and_sequences" in applied
        assert applied.index("0001_initial") < applied.index("batch/0001_batch_file")
        assert {"gadget", "batch_file", "webhook", "schema_migration_gadgets",
                "schema_migration_batch"} <= tables()
        assert upgrade_database() == []      # safe to run again
        database.db.close()


def test_a_database_whose_plugin_tables_the_core_made_upgrades_cleanly(tmp_path):
    """A database from before plugins kept their migrations has their tables, made by the
    core's migrations, and no plugin history: the plugins' migrations change nothing there."""
    app = fresh_app(tmp_path)
    with app.app_context():
        upgrade_database()
        db = database.db
        db.execute_sql("INSERT INTO batch_file (organisation_id, filename, sha256, size, storage_key, "
                       "channel, received_at, file_type, status, attempts, record_count, "
                       "accepted_count, rejected_count) SELECT id, 'f', '', 1, 'k', 'api', "
                       "'2026-01-01', 'QMP', 'received', 0, 0, 0, 0 FROM organisation LIMIT 1")
        for table in [t for t in tables() if t.startswith("schema_migration_")]:
            db.execute_sql(f'DROP TABLE "{table}"')
        applied = upgrade_database()
        assert "batch/0002_responses_and_sequences" in applied and "webhooks/0001_webhooks" in applied
        assert db.execute_sql("SELECT count(*) FROM batch_file").fetchone()[0] == 1
        db.close()


def test_a_batch_table_older_than_its_responses_gains_their_columns(tmp_path):
    """Where only the first batch schema was made (the core's old 0001 without its 0008), the
    plugin's second migration adds what the first lacks."""
    app = fresh_app(tmp_path)
    with app.app_context():
        database.db.connect(reuse_if_open=True)
        runners = dict(migration_runners(app.extensions["cms"].pm))
        runners["core"].up()
        runners["batch"].up(target="0001_batch_file")
        assert "delivered_at" not in {c.name for c in database.db.get_columns("batch_file")}
        upgrade_database()
        assert {"delivered_at", "error_text", "covers_to"} <= {c.name for c in database.db.get_columns("batch_file")}
        database.db.close()


def test_the_help_and_contact_links_follow_the_guides_plugin(client, login_as):
    login_as("user")
    page = client.get("/shipper/").get_data(as_text=True)
    assert 'href="/shipper/help"' in page and "Contact us" in page
    set_plugin_enabled(SystemActor("test"), "shipper", "guides", False)
    page = client.get("/shipper/").get_data(as_text=True)
    assert 'href="/shipper/help"' not in page and "Contact us" not in page
