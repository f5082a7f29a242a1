import gc
import threading

import pytest

from exercises.arabic.gc_pause import gc_paused
from exercises.arabic.pipeline import analyze_text


@pytest.fixture(autouse=True)
def _collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_in_the_block_and_enabled_after():
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_blocks_enable_it_only_when_the_outer_one_ends():
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_exception_in_the_block_still_enables_it():
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("inside")
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_blocks_in_two_threads_leave_it_enabled():
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with gc_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with gc_paused():
        release.set()
        thread.join(5)
        assert not gc.isenabled()
    assert gc.isenabled()


def test_analysing_an_article_leaves_the_collector_as_it_found_it():
    analyze_text("ذهب الولد إلى المدرسة.")
    assert gc.isenabled()
