"""Both cores for pure CPU work: half of a list worked on by a forked child.

Checking a batch file's records is CPU-bound Python (marshmallow schemas and each type's
rules), and one process uses one core. :func:`split_map` forks a child that works on the
second half while the parent works on the first, then reads the child's results back
through a pipe (pickled). Nothing else is shared: the child forgets the parent's database
connections and opens its own should a check need one; it writes nothing.

The parent never depends on the child. If the child fails, dies, answers something that
does not unpickle, or has not answered within the limit, the parent kills it and does that
half itself, so the answer is always the same as ``work(items)`` in one process.
"""
import logging
import os
import pickle
import select
import signal
import time

from core import db as database

MIN_ITEMS = 2000         # below this a fork costs more than it saves
log = logging.getLogger("cms.forked")


def can_fork():
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def splits(items, processes, min_items=None):
    """Whether :func:`split_map` would fork for these ``items``."""
    return processes > 1 and len(items) >= (min_items or MIN_ITEMS) and can_fork()


def _same(value):
    return value


def split_map(work, items, *, processes=2, min_items=None, timeout=None, pack=_same,
              unpack=_same):
    """``work(items)`` (a list, one answer per item, in order), the second half worked on by
    a forked child when ``processes`` > 1, the machine has two cores and there are at least
    ``min_items`` items. ``work`` must write nothing. The child's answers cross as
    ``pack(answer)``, which must pickle, and are read back with ``unpack``. The child is
    given up after ``timeout`` seconds past the parent's own half (default: three times the
    parent's time, at least 30 s)."""
    if not splits(items, processes, min_items):
        return work(items)
    half = len(items) // 2
    first_half, second_half = items[:half], items[half:]
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:                                  # the child: never returns
        _child(lambda part: [pack(answer) for answer in work(part)], second_half, read_fd,
               write_fd)
    os.close(write_fd)
    log.info("forked child %s to work on %s of %s items", pid, len(second_half), len(items))
    started = time.monotonic()
    try:
        first = work(first_half)
    except BaseException:
        _stop(pid, read_fd)
        raise
    wait = timeout if timeout is not None else max(30.0, 3 * (time.monotonic() - started))
    second = _collect(pid, read_fd, wait, len(second_half))
    if second is not None:
        try:
            second = [unpack(answer) for answer in second]
        except Exception:  # noqa: BLE001 - an answer the parent cannot use: redo the half
            log.exception("forked answers could not be read back")
            second = None
    if second is None:
        log.warning("forked check of %s items failed; the parent did them itself", len(second_half))
        second = work(second_half)
    return first + second


def _child(work, items, read_fd, write_fd):
    status = 1
    try:
        os.close(read_fd)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        database.forget_connections()
        data = pickle.dumps(work(items), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
        status = 0
    except BaseException:  # noqa: BLE001 - the parent redoes the work; say why here
        log.exception("forked worker failed")
    finally:
        os._exit(status)


def _collect(pid, read_fd, wait, expected):
    """The child's answer, or None (the child is then killed and reaped)."""
    chunks, deadline = [], time.monotonic() + wait
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_fd], [], [], left)[0]:
                _stop(pid, None)
                return None
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return None
    try:
        answer = pickle.loads(b"".join(chunks))
    except Exception:  # noqa: BLE001 - a truncated or garbled answer: redo the half
        return None
    return answer if isinstance(answer, list) and len(answer) == expected else None


def _stop(pid, read_fd):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    if read_fd is not None:
        os.close(read_fd)
