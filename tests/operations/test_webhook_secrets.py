"""Webhook signing secrets at rest: stored sealed, sealed by the plugin's migration, resealed by
a key rotation; deliveries are still signed with the secret the LSO was shown."""
import hashlib
import hmac

import pytest
from playhouse.migrations import Migration, SchemaMigrator

from core import db as database
from core.secrets_at_rest import SecretsError, keyring, new_key
from plugins.webhooks import delivery, registry
from plugins.webhooks.models import PENDING, Webhook, WebhookDelivery
from tests.operations.receiver import Receiver

MIGRATIONS = registry.__file__.rsplit("/", 1)[0] + "/migrations"


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True, "TESTING_KEEP_CONNECTION": True,
            "CMS_WEBHOOK_ALLOW_PRIVATE": True}     # the receivers listen on 127.0.0.1


def register(principals, url):
    lso = principals.user("lso", "ALP")
    return registry.create(lso, lso.organisation, url, ["contact.raised"])


def raw_secret(hook):
    db = database.db
    return db.execute_sql(f"SELECT secret FROM webhook WHERE id = {db.param}", (hook.id,)).fetchone()[0]


def signed_with(request, secret):
    headers = request["headers"]
    expected = hmac.new(secret.encode(), f"{headers['x-cms-timestamp']}.".encode() + request["body"],
                        hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers["x-cms-signature"], f"sha256={expected}")


def test_the_signing_secret_is_stored_sealed_and_deliveries_are_signed_with_it(
        app, principals, raise_enq):
    with Receiver() as receiver:
        hook, secret = register(principals, receiver.url)
        raise_enq(principals.user("user", "ALP"))
    stored = raw_secret(hook)
    assert stored.startswith(f"cms1:{keyring().current}:") and secret not in stored
    [request] = receiver.requests
    assert signed_with(request, secret)


def test_the_migration_seals_a_clear_secret(app, principals, raise_enq):
    with Receiver() as receiver:
        hook, secret = register(principals, receiver.url)
        Webhook.update(secret=secret).where(Webhook.id == hook.id).execute()   # as before 0002
        [migration] = [m for m in Migration.load_directory(MIGRATIONS) if m.name == "0002_sealed_secrets"]
        db = database.db.obj
        migration.load().up(SchemaMigrator.from_database(db), db)
        assert raw_secret(hook).startswith("cms1:") and secret not in raw_secret(hook)
        raise_enq(principals.user("user", "ALP"))
    [request] = receiver.requests
    assert signed_with(request, secret)


def test_a_rotation_reseals_webhook_secrets(app, runner, principals, raise_enq):
    with Receiver() as receiver:
        hook, secret = register(principals, receiver.url)
        old = keyring().current
        result = runner.invoke(args=["secrets", "rotate-key"])
        assert result.exit_code == 0, result.output
        assert keyring().current != old and list(keyring().keys) == [keyring().current]
        assert raw_secret(hook).startswith(f"cms1:{keyring().current}:")
        raise_enq(principals.user("user", "ALP"))
    [request] = receiver.requests
    assert signed_with(request, secret)


def test_with_a_wrong_key_a_delivery_fails_loudly_and_waits(app, principals, raise_enq):
    app.config["CMS_QUEUE_IMMEDIATE"] = False
    with Receiver() as receiver:
        hook, _ = register(principals, receiver.url)
        app.config["CMS_ENCRYPTION_KEY"] = new_key()
        raise_enq(principals.user("user", "ALP"))
        [pending] = WebhookDelivery.select()
        with pytest.raises(SecretsError, match=f"webhook.secret of row {hook.id} was sealed with key"):
            delivery.deliver(pending.id)
    assert receiver.requests == []
    assert WebhookDelivery.get_by_id(pending.id).status == PENDING   # sent once the key is right
