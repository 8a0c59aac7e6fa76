"""Slices made off the GUI thread, newest first: while one is being made, later requests only
replace the one waiting, so a playing scene never queues work and the picture catches up with the
latest state (app.mri.panel shows what comes back)."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

MIN_GAP_MS = 100  # at most 10 slices a second: the 3D view keeps the CPU it needs (2 cores)


class SliceWorker(QObject):
    """``request(model, state, spec, vertices)``; ``ready(MriSlice)`` on the GUI thread."""

    ready = Signal(object)  # meshes.mri.MriSlice
    failed = Signal(str)  # one sentence
    _relay = Signal(int, object, object)  # generation, MriSlice or None, error text

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._busy = False
        self._waiting: tuple | None = None
        self._generation = 0
        self._gap = QTimer(self)
        self._gap.setObjectName("mri_slice_gap")
        self._gap.setSingleShot(True)
        self._gap.setInterval(MIN_GAP_MS)
        self._gap.timeout.connect(self._next)
        self._relay.connect(self._on_done)

    @property
    def busy(self) -> bool:
        """A slice is being made or waits its turn."""
        return self._busy or self._waiting is not None

    def request(self, model, state, spec, vertices) -> None:
        self._waiting = (model, state, spec, vertices)
        self._next()

    def _next(self) -> None:
        if self._busy or self._gap.isActive() or self._waiting is None:
            return
        from meshes.mri import slice_mri

        job, self._waiting = self._waiting, None
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mri")
        self._busy = True
        self._gap.start()
        gen = self._generation
        future = self._pool.submit(slice_mri, *job)
        future.add_done_callback(lambda fut, g=gen: self._deliver(g, fut))

    def _deliver(self, gen: int, fut: Future) -> None:
        if fut.cancelled():
            return
        exc = fut.exception()
        try:
            self._relay.emit(
                gen, None if exc else fut.result(), f"{type(exc).__name__}: {exc}" if exc else ""
            )
        except RuntimeError:  # the window closed meanwhile
            pass

    def _on_done(self, gen: int, result, error: str) -> None:
        self._busy = False
        if gen != self._generation:
            return
        if result is not None:
            self.ready.emit(result)
        else:
            self.failed.emit(error)
        self._next()

    def shutdown(self) -> None:
        self._generation += 1
        self._waiting = None
        self._gap.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
