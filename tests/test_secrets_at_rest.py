"""Secrets at rest: owner-only files, sealed TOTP secrets, the migration that seals clear ones,
key rotation, and a clear error when the key is wrong."""
import os
import stat

import pyotp
import pytest
from playhouse.migrations import Migration, SchemaMigrator

from core import db as database
from core.config import PROJECT_ROOT, ConfigError, load_config
from core.db import open_database
from core.models import AuditEntry, User
from core.secrets_at_rest import KEY_FILE, SecretsError, key_id, keyring, new_key, parse_keys
from core.storage import Storage
from tests.support.principals import PASSWORD, TOTP_SECRET


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def loose_umask():
    """The usual 022: without the service's care, files would be readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def raw_secret(user):
    """``app_user.totp_secret`` as the database holds it, read with SQL."""
    db = database.db
    return db.execute_sql(f"SELECT totp_secret FROM app_user WHERE id = {db.param}",
                          (user.id,)).fetchone()[0]


def second_factor(client, user, secret=TOTP_SECRET):
    """Sign ``user`` in with their password and the code their app shows."""
    client.post("/shipper/login", data={"email": user.email, "password": PASSWORD})
    User.update(totp_last_step=0).where(User.id == user.id).execute()
    return client.post("/shipper/login/second-factor", data={"code": pyotp.TOTP(secret).now()})


# ---------------------------------------------------------------- file modes

def test_the_data_folder_the_database_and_its_wal_are_owner_only(tmp_path, loose_umask):
    data = tmp_path / "data"
    config = load_config({"CMS_DATA_DIR": str(data), "TESTING": True}, environ={})
    assert mode(data) == 0o700
    db = open_database(config["CMS_DATABASE_URL"])
    db.connect()
    db.execute_sql("CREATE TABLE t (x)")
    db.execute_sql("INSERT INTO t VALUES (1)")
    assert (data / "cms.sqlite3-wal").exists() and (data / "cms.sqlite3-shm").exists()
    assert {name: mode(data / name) for name in ("cms.sqlite3", "cms.sqlite3-wal", "cms.sqlite3-shm")} \
        == dict.fromkeys(("cms.sqlite3", "cms.sqlite3-wal", "cms.sqlite3-shm"), 0o600)
    db.close()


def test_files_left_open_by_an_earlier_version_are_tightened(tmp_path, loose_umask):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    for name in ("cms.sqlite3", "cms.sqlite3-wal", "cms.sqlite3-shm"):
        (data / name).touch(mode=0o644)
        os.chmod(data / name, 0o644)
    os.chmod(data, 0o755)
    config = load_config({"CMS_DATA_DIR": str(data), "TESTING": True}, environ={})
    open_database(config["CMS_DATABASE_URL"])
    assert mode(data) == 0o700
    assert [mode(data / n) for n in ("cms.sqlite3", "cms.sqlite3-wal", "cms.sqlite3-shm")] == [0o600] * 3


def test_stored_files_and_their_folders_are_owner_only(tmp_path, loose_umask):
    storage = Storage(tmp_path / "data")
    stored = storage.put(b"a batch file")
    path = storage.path(stored.key)
    assert mode(path) == 0o600
    folders = [path.parent, path.parent.parent, storage.files, storage.data_dir]
    assert [mode(f) for f in folders] == [0o700] * 4
    assert mode(storage.inbox("ALP")) == mode(storage.mailboxes / "ALP") == 0o700


def test_the_key_file_is_made_owner_only_on_first_use(app, loose_umask):
    path = keyring().path
    assert path.name == KEY_FILE and mode(path) == 0o600
    assert len(path.read_text().split()) == 1


# ---------------------------------------------------------------- TOTP secrets

def test_a_totp_secret_is_stored_sealed_and_sign_in_still_works(app, client, principals):
    lso = principals.user("lso", "ALP")
    User.update(totp_secret=None).where(User.id == lso.id).execute()
    client.post("/shipper/login", data={"email": lso.email, "password": PASSWORD})
    page = client.get("/shipper/login/enrol").get_data(as_text=True)
    secret = page.split('id="totp-secret">')[1].split("<")[0]
    assert client.post("/shipper/login/enrol", data={"code": pyotp.TOTP(secret).now()}).status_code == 200
    stored = raw_secret(lso)
    assert stored.startswith(f"cms1:{keyring().current}:") and secret not in stored
    other = app.test_client()
    assert second_factor(other, lso, secret).headers["Location"] == "/shipper/"
    assert other.get("/shipper/").status_code == 200


def test_a_sealed_secret_moved_to_another_row_does_not_open(app, client, principals):
    victim, attacker = principals.user("lso", "ALP"), principals.user("lso", "ALP")
    User.update(totp_secret=raw_secret(victim)).where(User.id == attacker.id).execute()
    with pytest.raises(SecretsError, match=f"app_user.totp_secret of row {attacker.id} does not "
                                           "open with key .*moved from another row"):
        second_factor(client, attacker)


# ---------------------------------------------------------------- the migration

def core_migration(name):
    [found] = [m for m in Migration.load_directory(str(PROJECT_ROOT / "migrations")) if m.name == name]
    return found.load()


def test_the_migration_seals_clear_secrets_and_leaves_sealed_ones(app, client, principals):
    clear, sealed = principals.user("lso", "ALP"), principals.user("lso", "ALP")
    User.update(totp_secret=TOTP_SECRET).where(User.id == clear.id).execute()   # as before 0018
    before = raw_secret(sealed)
    migration, db = core_migration("0018_encrypted_secrets"), database.db.obj
    migration.up(SchemaMigrator.from_database(db), db)
    assert raw_secret(clear).startswith("cms1:") and TOTP_SECRET not in raw_secret(clear)
    assert raw_secret(sealed) == before
    assert second_factor(client, clear).headers["Location"] == "/shipper/"
    try:
        migration.down(SchemaMigrator.from_database(db), db)
        assert raw_secret(clear) == raw_secret(sealed) == TOTP_SECRET
    finally:
        migration.up(SchemaMigrator.from_database(db), db)
    assert User.totp_secret.unseal(sealed.id, raw_secret(sealed)) == TOTP_SECRET


# ---------------------------------------------------------------- rotation

def test_rotation_reseals_every_secret_and_forgets_the_old_key(app, runner, principals):
    users = [principals.user("lso", "ALP"), principals.user("admin")]
    old = keyring()
    result = runner.invoke(args=["secrets", "rotate-key"])
    assert result.exit_code == 0, result.output
    new = keyring()
    assert list(new.keys) != list(old.keys) and len(new.keys) == 1
    assert f"2 secrets resealed under key {new.current}; retired: {old.current}" in result.output
    for user in users:
        assert raw_secret(user).startswith(f"cms1:{new.current}:")
        assert second_factor(app.test_client(), user).status_code == 302
        assert User.totp_secret.unseal(user.id, raw_secret(user), new) == TOTP_SECRET
    assert old.current not in new.path.read_text() and key_id(parse_keys(
        new.path.read_text(), "file")[0]) == new.current
    entry = AuditEntry.get(AuditEntry.action == "secrets.key_rotated")
    assert entry.detail == {"retired": [old.current], "resealed": 2}


def test_a_rotation_stopped_half_way_is_finished_by_running_it_again(app, runner, principals):
    done, left = principals.user("lso", "ALP"), principals.user("lso", "ALP")
    old = keyring()
    half = new_key()
    old.path.write_text(f"{half}\n{old.path.read_text()}")  # as the rotation writes it first
    ring = keyring()
    User.update(totp_secret=User.totp_secret.seal(done.id, TOTP_SECRET, ring)).where(
        User.id == done.id).execute()
    result = runner.invoke(args=["secrets", "rotate-key"])
    assert result.exit_code == 0, result.output
    assert keyring().current == ring.current == key_id(parse_keys(half, "k")[0])
    assert list(keyring().keys) == [ring.current]
    assert raw_secret(left).startswith(f"cms1:{ring.current}:")
    assert "1 secrets resealed" in result.output


def test_rotation_with_keys_from_the_environment(app, runner, principals):
    first, second = new_key(), new_key()
    app.config["CMS_ENCRYPTION_KEY"] = first
    lso = principals.user("lso", "ALP")
    alone = runner.invoke(args=["secrets", "rotate-key"])
    assert alone.exit_code != 0 and "CMS_ENCRYPTION_KEY holds one key" in alone.output
    app.config["CMS_ENCRYPTION_KEY"] = f"{second},{first}"
    result = runner.invoke(args=["secrets", "rotate-key"])
    assert result.exit_code == 0 and "remove the old keys from CMS_ENCRYPTION_KEY" in result.output
    app.config["CMS_ENCRYPTION_KEY"] = second
    assert second_factor(app.test_client(), lso).status_code == 302
    assert not os.path.exists(os.path.join(app.config["CMS_DATA_DIR"], KEY_FILE))


# ---------------------------------------------------------------- wrong keys

def test_a_wrong_key_is_a_clear_error_not_a_failed_code(app, client, principals):
    lso = principals.user("lso", "ALP")
    sealed_with = keyring().current
    app.config["CMS_ENCRYPTION_KEY"] = new_key()
    with pytest.raises(SecretsError, match=f"sealed with key {sealed_with}, which is not among "
                                           "the keys of CMS_ENCRYPTION_KEY"):
        second_factor(client, lso)


def test_a_clear_value_left_in_the_column_is_named(app, client, principals):
    lso = principals.user("lso", "ALP")
    User.update(totp_secret=TOTP_SECRET).where(User.id == lso.id).execute()
    with pytest.raises(SecretsError, match="is not sealed: run `cms db upgrade`"):
        second_factor(client, lso)


@pytest.mark.parametrize("value", ["short", "a" * 44, f"{new_key()},nope"],
                         ids=["short", "not-base64-of-32-bytes", "a-good-key-then-a-bad-one"])
def test_a_malformed_key_in_the_environment_stops_start_up(tmp_path, value):
    with pytest.raises(ConfigError, match="CMS_ENCRYPTION_KEY must hold keys of 32 random bytes"):
        load_config({"CMS_DATA_DIR": str(tmp_path), "TESTING": True},
                    environ={"CMS_ENCRYPTION_KEY": value})
