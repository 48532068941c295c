"""The `cms` command."""
import pytest

from core.demo import DEMO_PASSWORD
from core.models import AuditEntry, Organisation, User
from core.passwords import verify_password


def test_db_upgrade_is_idempotent(runner):
    result = runner.invoke(args=["db", "upgrade"])
    assert result.exit_code == 0 and "database is up to date" in result.output
    assert Organisation.by_code("CDSP") is not None


@pytest.mark.slow
def test_demo_loads_a_living_market_once_and_prints_the_logins(runner, client):
    """One test, as loading the demo is the costliest thing the suite does (two loads were
    the logins' test and the market's: the same ``cms demo`` twice)."""
    from peewee import fn

    from core.contacts import STATUSES, contact_types
    from core.models import (
        AccessRequest,
        Attachment,
        Contact,
        ContactTemplate,
        Correspondence,
        Message,
    )
    from plugins.channels.batch.models import BatchFile
    from plugins.reports.models import PublishedReport

    def market():
        return (sorted(Contact.select(Contact.status, fn.COUNT(1)).group_by(Contact.status).tuples()),
                sorted(Contact.select(Contact.contact_type).distinct().tuples()),
                sorted(Correspondence.select(Correspondence.status).distinct().tuples()),
                Message.select().count(), Attachment.select().count(),
                sorted(BatchFile.select(BatchFile.status, BatchFile.accepted_count,
                                        BatchFile.rejected_count).tuples()),
                PublishedReport.select().count(),
                Contact.select().where(Contact.parent.is_null(False)).count(),
                sorted(ContactTemplate.select(ContactTemplate.contact_type,
                                              ContactTemplate.tenant.is_null(False)).tuples()))

    first = runner.invoke(args=["demo"])
    assert first.exit_code == 0, first.output
    # the logins
    assert "admin@cdsp.example.com" in first.output and "lso@alp.example.com" in first.output
    counts = (Organisation.select().count(), User.select().count())
    assert counts == (14, 35)
    assert Organisation.by_code("BTR").parent.code == "BET"
    waiting = sorted((r.organisation.code, r.kind) for r in AccessRequest.select())
    assert waiting == [("ALP", "account"), ("BET", "change"), ("NWG", "account")]
    assert Organisation.by_code("BET").group_view   # its supervisor sees BTR's contacts
    # the market
    statuses, types, correspondence, messages, attachments, files, reports, follow_ups, \
        templates = market()
    assert sum(n for _, n in statuses) >= 200
    assert {s for s, _ in statuses} == set(STATUSES)                  # every status
    assert {t for t, in types} == {ct.code for ct in contact_types()}  # every type
    assert {s for s, in correspondence} == {"open", "answered", "auto_closed"}
    assert messages and attachments and follow_ups and reports == 2
    assert [f[0] for f in files] == ["processed", "processed"] and all(f[1] and f[2] for f in files)
    assert len(templates) >= 12 and ("ENQ", True) in templates       # and one published
    # loaded once: a second `cms demo` adds nothing and prints the same
    before = market()
    second = runner.invoke(args=["demo"])
    assert second.output == first.output and market() == before
    assert (Organisation.select().count(), User.select().count()) == counts
    assert sorted((r.organisation.code, r.kind) for r in AccessRequest.select()) == waiting
    response = client.post("/shipper/login", data={"email": "lso@alp.example.com",
                                                   "password": DEMO_PASSWORD})
    assert response.status_code == 302


def test_org_create(runner):
    result = runner.invoke(args=["org", "create", "gam", "--tenant", "shipper", "--name", "Gamma"])
    assert result.exit_code == 0 and "created organisation GAM" in result.output
    child = runner.invoke(args=["org", "create", "GAK", "--tenant", "shipper", "--name", "Kid",
                                "--parent", "GAM"])
    assert child.exit_code == 0
    assert Organisation.by_code("GAK").parent.code == "GAM"
    assert AuditEntry.select().where(AuditEntry.action == "org.created").count() == 2


@pytest.mark.parametrize("args, message", [
    (["org", "create", "GAM", "--tenant", "moon", "--name", "G"], "Choose a participant tenant"),
    (["org", "create", "CDSP", "--tenant", "shipper", "--name", "G"], "already exists"),
    (["user", "create", "a@b.example.com", "--org", "NOPE", "--role", "user"], "no organisation with code NOPE"),
    (["user", "create", "bad", "--org", "CDSP", "--role", "agent"], "Enter an email address"),
    (["user", "unlock", "ghost@example.com"], "no user with email"),
])
def test_errors_are_one_line_and_non_zero(runner, args, message):
    result = runner.invoke(args=args)
    assert result.exit_code != 0
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_user_create_prints_a_one_time_password(runner, principals):
    principals.org("ALP")
    result = runner.invoke(args=["user", "create", "Ann@ALP.example.com", "--org", "alp",
                                 "--role", "lso", "--name", "Ann"])
    assert result.exit_code == 0, result.output
    otp = result.output.split("must be changed): ")[1].strip()
    user = User.by_email("ann@alp.example.com")
    assert verify_password(user.password_hash, otp) and user.must_change_password


def test_user_create_with_password_from_stdin(runner):
    result = runner.invoke(args=["user", "create", "boss@cdsp.example.com", "--org", "CDSP",
                                 "--role", "admin", "--password-stdin"],
                           input="a long and private passphrase\n")
    assert result.exit_code == 0, result.output
    user = User.by_email("boss@cdsp.example.com")
    assert verify_password(user.password_hash, "a long and private passphrase")
    assert not user.must_change_password and "one-time" not in result.output


def test_user_create_refuses_a_weak_password_from_stdin(runner):
    result = runner.invoke(args=["user", "create", "boss@cdsp.example.com", "--org", "CDSP",
                                 "--role", "admin", "--password-stdin"], input="password1234\n")
    assert result.exit_code != 0 and "most common passwords" in result.output
    assert User.by_email("boss@cdsp.example.com") is None


def test_user_unlock(runner, principals):
    user = principals.user("user", "ALP")
    User.update(locked_at=User.created_at, failed_logins=10).where(User.id == user.id).execute()
    result = runner.invoke(args=["user", "unlock", user.email])
    assert result.exit_code == 0
    assert principals.reload(user).locked_at is None
