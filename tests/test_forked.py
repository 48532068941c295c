"""core.forked: half the work in a forked child, and the parent never the worse for it."""
import os
import time

import pytest

from core import forked

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="needs fork and two cores")


def test_the_child_does_the_second_half_and_the_answer_is_in_order():
    parent = os.getpid()
    answers = forked.split_map(lambda part: [(x * x, os.getpid()) for x in part],
                               list(range(10)), min_items=2)
    assert [a for a, _ in answers] == [x * x for x in range(10)]
    assert {pid for _, pid in answers[:5]} == {parent}
    assert parent not in {pid for _, pid in answers[5:]}


def test_too_few_items_or_one_process_never_fork():
    parent = os.getpid()
    assert forked.split_map(lambda part: [os.getpid() for _ in part], [1, 2, 3], min_items=10) \
        == [parent] * 3
    assert forked.split_map(lambda part: [os.getpid() for _ in part], list(range(50)),
                            processes=1, min_items=2) == [parent] * 50


def test_a_child_that_fails_is_redone_by_the_parent():
    parent = os.getpid()

    def work(part):
        if os.getpid() != parent:
            raise RuntimeError("the child breaks")
        return [x + 1 for x in part]
    assert forked.split_map(work, list(range(8)), min_items=2) == list(range(1, 9))


def test_a_child_that_dies_is_redone_by_the_parent():
    parent = os.getpid()

    def work(part):
        if os.getpid() != parent:
            os._exit(9)
        return [-x for x in part]
    assert forked.split_map(work, list(range(6)), min_items=2) == [-x for x in range(6)]


def test_a_child_that_hangs_is_killed_and_its_half_redone():
    parent = os.getpid()

    def work(part):
        if os.getpid() != parent:
            time.sleep(60)
        return list(part)
    started = time.monotonic()
    assert forked.split_map(work, list(range(6)), min_items=2, timeout=0.5) == list(range(6))
    assert time.monotonic() - started < 10


def test_answers_that_cannot_cross_are_redone():
    # a function does not pickle: the child fails, the parent answers all four itself
    answers = forked.split_map(lambda part: [(lambda x=x: x) for x in part], list(range(4)),
                               min_items=2)
    assert [answer() for answer in answers] == [0, 1, 2, 3]


def test_unpack_errors_are_redone_too():
    def unpack(answer):
        raise ValueError("cannot read")
    assert forked.split_map(lambda part: list(part), list(range(6)), min_items=2,
                            unpack=unpack) == list(range(6))


def test_an_error_raised_in_the_parent_still_reaps_the_child(forks):
    parent = os.getpid()

    def work(part):
        if os.getpid() == parent:
            raise KeyError("parent fails")
        time.sleep(0.2)
        return list(part)
    with pytest.raises(KeyError):
        forked.split_map(work, list(range(6)), min_items=2)
    [child] = forks
    with pytest.raises(ChildProcessError):     # killed and reaped already: no zombie left
        os.waitpid(child, os.WNOHANG)


def test_cms_errors_cross_whole():
    import pickle
    from core.errors import Invalid
    from core.storage import FileTooLarge
    exc = Invalid("bad", {"mprn": ["check digits"]})
    exc.code, exc.type_code = "REC002", "RFA"
    back = pickle.loads(pickle.dumps(exc))
    assert (type(back), back.message, back.errors, back.code, back.type_code, str(back)) == \
        (Invalid, "bad", {"mprn": ["check digits"]}, "REC002", "RFA", "bad")
    big = pickle.loads(pickle.dumps(FileTooLarge(10)))
    assert big.limit == 10 and big.status == 413 and "10 bytes" in big.message
