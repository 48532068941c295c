"""``cms worker``: a real consumer process runs the jobs, and SIGTERM lets running jobs finish."""
import signal
import time

import pytest

from core.models import AuditEntry


def ran(label):
    return AuditEntry.select().where(AuditEntry.action == "jobs.test_ran",
                                     AuditEntry.target_id == label).count()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_cms_worker_is_a_command(runner):
    result = runner.invoke(args=["worker", "--help"])
    assert result.exit_code == 0
    assert "--workers" in result.output and "SIGTERM" in result.output


@pytest.mark.slow
def test_a_worker_process_runs_enqueued_jobs(app, queue, start_worker):
    worker = start_worker("--workers", "2")
    results = [queue.enqueue("test.record", f"job-{n}") for n in range(4)]
    outcomes = [r.get(blocking=True, timeout=30) for r in results]
    assert [o["label"] for o in outcomes] == [f"job-{n}" for n in range(4)]
    assert {o["pid"] for o in outcomes} == {worker.process.pid}
    assert [ran(f"job-{n}") for n in range(4)] == [1, 1, 1, 1]
    assert worker.stop() == 0


@pytest.mark.slow
def test_sigterm_lets_the_running_job_finish(app, queue, start_worker, tmp_path):
    worker = start_worker("--workers", "1")
    queue.enqueue("test.record", "slow", str(tmp_path), 2)
    worker.wait_for("Executing")
    deadline = time.monotonic() + 30
    while not (tmp_path / "slow.started").exists():
        assert time.monotonic() < deadline, worker.output()
        time.sleep(0.02)
    assert worker.stop(signal.SIGTERM) == 0
    assert (tmp_path / "slow.done").exists()
    assert ran("slow") == 1
    assert "worker stopped" in worker.output()


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_cms_command_starts_a_worker_with_the_core_jobs(app, start_worker):
    worker = start_worker("--workers", "1", "--log-level", "info", module="core.cli")
    jobs_line = next(line for line in worker.output().splitlines() if "jobs: " in line)
    assert "core.sweep_temporary_files" in jobs_line.split("jobs: ", 1)[1]
    assert worker.stop() == 0
