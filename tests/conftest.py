"""Shared test set-up: the real Qt window and real OpenGL (under Xvfb on CI), no mocks.

- The model cache and Qt's settings live in test-only folders, so tests never touch (or depend
  on) the user's cache and remembered window layout. The cache persists between test runs in
  pytest's cache folder (it is keyed by the meshes/ source, so it cannot go stale).
- ``model`` is built once per session at low detail; tests that need a window use ``make_window``,
  which closes every window it made and fails the test if a 3D view or a running QTimer
  outlives it (the leak checks napari and pyvistaqt use).
"""

from __future__ import annotations

import gc
import os
import tempfile
import threading
from pathlib import Path

import pytest

TEST_DETAIL = "low"
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="lumbar-viewer-tests-"))


def pytest_configure(config: pytest.Config) -> None:
    cache = getattr(config, "cache", None)
    model_cache = cache.mkdir("lumbar-viewer-model") if cache is not None else _SESSION_DIR / "model-cache"
    os.environ["LUMBAR_VIEWER_CACHE"] = str(model_cache)  # subprocesses (CLI tests) inherit it
    os.environ["XDG_CONFIG_HOME"] = str(_SESSION_DIR / "config")  # QSettings of the tests only
    os.environ.setdefault("QT_API", "pyside6")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave the result where ``selftest`` reads it, in case Python crashes while shutting down."""
    path = os.environ.get("LUMBAR_VIEWER_PYTEST_STATUS")
    if path:
        Path(path).write_text(str(int(exitstatus)))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    # Let Qt and VTK wrappers die while Python is whole: collected during interpreter shutdown,
    # some of them trip a reference-count bug in a C extension ("none_dealloc") and abort.
    gc.collect()


@pytest.fixture(scope="session")
def model():
    """The whole model at test detail, built (or loaded from the test cache) once per session."""
    from meshes.model import build_model

    return build_model(TEST_DETAIL)


@pytest.fixture(scope="session")
def qapp_args():
    return ["lumbar-viewer-tests"]


def _live_interactors() -> list:
    from app.viewer.native_view import NativeInteractor

    return [
        o for o in gc.get_objects() if isinstance(o, NativeInteractor) and not getattr(o, "_closed", True)
    ]


def _running_timers() -> list:
    import shiboken6
    from PySide6.QtCore import QTimer

    return [o for o in gc.get_objects() if isinstance(o, QTimer) and shiboken6.isValid(o) and o.isActive()]


def _open_plotters() -> list:
    """pyvista plotters (off-screen render windows included) not closed yet."""
    import sys

    module = sys.modules.get("pyvista.plotting.plotter")
    if module is None:
        return []
    return [p for p in list(module._ALL_PLOTTERS.values()) if not getattr(p, "_closed", False)]


def _shown_windows() -> list:
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return []
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _new_threads(before: set[int]) -> list[threading.Thread]:
    """Threads started during the test that are still running (after a short grace to finish)."""
    threads = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()]
    for t in threads:
        t.join(timeout=5)
    return [t for t in threads if t.is_alive()]


@pytest.fixture(autouse=True)
def no_leaks():
    """Fail any test that leaves a window shown, a render window open, a QTimer or a thread
    running (the leak checks napari and pyvistaqt use), so a leak shows the day it is written."""
    import sys

    threads_before = {t.ident for t in threading.enumerate()}
    plotters_before = set(map(id, _open_plotters()))
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            QCoreApplication.processEvents()
    gc.collect()
    problems = []
    plotters = [p for p in _open_plotters() if id(p) not in plotters_before]
    for plotter in plotters:
        plotter.close()
    if plotters:
        problems.append(f"{len(plotters)} render window(s) left open: close the plotter")
    windows = _shown_windows()
    for window in windows:
        window.close()
    if windows:
        problems.append(f"window(s) left shown: {[type(w).__name__ for w in windows]}")
    if "PySide6.QtCore" in sys.modules:
        timers = _running_timers()
        for timer in timers:
            timer.stop()
        if timers:
            problems.append(f"QTimer(s) left running: {[t.objectName() or '?' for t in timers]}")
    threads = _new_threads(threads_before)
    if threads:
        problems.append(f"thread(s) left running: {[t.name for t in threads]}")
    assert not problems, "; ".join(problems)


@pytest.fixture
def make_window(qtbot, model):
    """Factory for shown MainWindows holding the session model; all closed and leak-checked after."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from app.window import ORG_NAME, MainWindow

    QSettings(ORG_NAME, ORG_NAME).clear()  # every test starts from the default layout
    windows = []

    def make(resize: bool = True, **kwargs):
        kwargs.setdefault("model", model)
        kwargs.setdefault("detail", TEST_DETAIL)
        window = MainWindow(**kwargs)
        if resize:
            window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make

    for window in windows:
        window.close()  # closeEvent closes the 3D view and stops the window's timers
    QCoreApplication.processEvents()
    for window in windows:
        window.deleteLater()
    windows.clear()
    gc.collect()  # Python's references to the windows' VTK objects go first ...
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # ... then the widgets
    QCoreApplication.processEvents()
    gc.collect()
    leaks = _live_interactors()
    timers = _running_timers()
    for leak in leaks:  # report the leak here, but do not let it fail every test after this one
        leak.close()
    for timer in timers:
        timer.stop()
    assert not leaks, f"{len(leaks)} 3D view(s) still open after the test: close them in closeEvent"
    assert not timers, (
        f"{len(timers)} QTimer(s) still running after the test: {[t.objectName() for t in timers]}"
    )
