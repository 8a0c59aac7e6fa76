"""Start building (or loading from the cache) the model in a worker thread, before Qt and VTK are
imported: the viewer's launch calls this first, so the model is usually ready by the time the
window is. No Qt here, so that importing it costs nothing.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future


class BuildProgress:
    """How far the model's build is: the latest (fraction 0..1, plain words), and who listens.
    Reported from the build thread; a listener that comes late hears the latest at once."""

    def __init__(self) -> None:
        self.latest: tuple[float, str] | None = None
        self._listeners: list = []

    def report(self, fraction: float, text: str) -> None:
        self.latest = (float(fraction), str(text))
        for listener in list(self._listeners):
            listener(*self.latest)

    def listen(self, listener) -> None:
        self._listeners.append(listener)
        if self.latest is not None:
            listener(*self.latest)


def prefetch_model(detail: str) -> Future:
    """Start building (or loading from the cache) the model in a worker thread; returns its Future.

    The viewer's launch calls this before importing Qt and VTK, so the model is usually ready
    by the time the window is, and the first frame already shows it.
    """
    future: Future = Future()
    future.progress = BuildProgress()  # type: ignore[attr-defined]  (read by the window's loader)

    def work() -> None:
        try:
            from meshes.model import build_model

            future.set_result(build_model(detail, progress=future.progress.report))
        except BaseException as exc:  # handed to the window, shown as one sentence
            future.set_exception(exc)

    threading.Thread(target=work, name="model-loader", daemon=True).start()
    return future
