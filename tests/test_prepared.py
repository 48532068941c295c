"""core.prepared: SQL made once, rows exactly as the peewee query gives them."""
from core.models import ApiKey, Organisation, Tenant, TenantPlugin, User
from core.prepared import Prepared, slot


def test_rows_are_what_the_query_gives_joined_models_included(app, principals):
    alp = principals.user("user", "ALP")
    principals.user("user", "BET")
    query = Prepared(lambda: User.select(User, Organisation, Tenant).join(Organisation).join(Tenant)
                     .where(Organisation.code == slot(0)).order_by(User.id))
    for _ in range(3):                             # first call, then with the copied set-up
        [user] = query("ALP")
        assert user.id == alp.id and user.email == alp.email
        assert user.__rel__["organisation"].code == "ALP"          # joined: no further query
        assert user.organisation.tenant.code == "shipper"
        assert user.__data__ == User.get_by_id(alp.id).__data__
    assert query("NOPE") == [] and query.first("NOPE") is None
    assert query.first("BET").organisation.code == "BET"


def test_the_sql_is_made_once(app, principals, monkeypatch):
    principals.user("user", "ALP")
    built = []

    def build():
        built.append(1)
        return Organisation.select(Organisation.code, Organisation.name).where(
            (Organisation.code == slot(0)) | (Organisation.code == slot(1))).order_by(
            Organisation.code).tuples()
    query = Prepared(build)
    codes = [code for code, _ in query("ALP", "BET")]
    assert [code for code, _ in query("CDSP", "ALP")] == sorted(["CDSP", "ALP"])
    assert codes == sorted(c for c in ("ALP", "BET") if Organisation.by_code(c))
    assert built == [1]


def test_converters_apply_as_peewee_would(app, principals):
    principals.user("user", "ALP")
    shipper = Tenant.get(Tenant.code == "shipper")
    TenantPlugin.create(tenant=shipper, plugin="webhooks", enabled=False)
    assert TenantPlugin.overrides_for("shipper") == {"webhooks": False}
    assert TenantPlugin.overrides_for("gt") == {}
    rows = Prepared(lambda: TenantPlugin.select().where(TenantPlugin.plugin == slot(0)).dicts())
    [row] = rows("webhooks")
    assert row["enabled"] is False and row["changed_at"] == TenantPlugin.get().changed_at


def test_a_key_read_by_hash_carries_its_user_organisation_and_tenant(app, principals):
    from core import apikeys
    user = principals.user("user", "ALP")
    key, token = apikeys.create_key(user, user, "test")
    found = apikeys.authenticate(token)
    assert found.id == user.id and found.api_key.id == key.id
    assert found.organisation.tenant.code == "shipper"
    assert apikeys.authenticate(token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert ApiKey.get_by_id(key.id).last_used_at is not None
