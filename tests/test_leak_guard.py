"""The leak guard in conftest.py fails a test that leaves something running: checked by running
tests that leak, each in a pytest of its own with the project's conftest."""

from __future__ import annotations

from pathlib import Path

CONFTEST = Path(__file__).with_name("conftest.py")

LEAKY_TESTS = """
import threading

def test_leaves_a_thread_running():
    stop = threading.Event()
    threading.Thread(target=stop.wait, args=(60,), name="forgotten-worker", daemon=True).start()

def test_leaves_a_timer_running(qtbot):
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.setObjectName("forgotten-timer")
    timer.start(1000)
    test_leaves_a_timer_running.keep = timer

def test_leaves_a_window_shown(qtbot):
    from PySide6.QtWidgets import QWidget
    window = QWidget()
    window.show()
    test_leaves_a_window_shown.keep = window

def test_leaves_a_render_window_open():
    import pyvista as pv
    plotter = pv.Plotter(off_screen=True, window_size=[32, 32])
    plotter.render()
    test_leaves_a_render_window_open.keep = plotter

def test_cleans_up(qtbot):
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.start(1000)
    timer.stop()
"""


def test_a_test_that_leaks_fails(pytester):
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(test_leaky=LEAKY_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=240)
    result.assert_outcomes(passed=5, errors=4)
    text = result.stdout.str()
    caught = ("forgotten-worker", "forgotten-timer", "window(s) left shown", "render window(s) left open")
    for words in caught:
        assert words in text, words
