"""Start building (or loading from the cache) the model in a worker thread, before Qt and VTK are
imported: the viewer's launch calls this first, so the model is usually ready by the time the
window is. No Qt here, so that importing it costs nothing.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future


def prefetch_model(detail: str) -> Future:
    """Start building (or loading from the cache) the model in a worker thread; returns its Future.

    The viewer's launch calls this before importing Qt and VTK, so the model is usually ready
    by the time the window is, and the first frame already shows it.
    """
    future: Future = Future()

    def work() -> None:
        try:
            from meshes.model import build_model

            future.set_result(build_model(detail))
        except BaseException as exc:  # handed to the window, shown as one sentence
            future.set_exception(exc)

    threading.Thread(target=work, name="model-loader", daemon=True).start()
    return future
