"""The window probes of ``lumbar-viewer bench``: each runs in a fresh Python (app.cli.commands.bench
starts it), opens a real window or a bare pyvistaqt one (the floor), and prints one JSON line:
the time of the first frame, or the cost of a mouse move while dragging.
"""

from __future__ import annotations

import json
import os
import sys
import time

# ---- probes (run in a child Python, print one JSON line) ------------------------------------
ORBIT_VIEW_SIZE = (1280, 800)  # the 3D view, not the whole window
ORBIT_DRAGS = 3  # drags of --frames moves each (the median reported)


def probe_main(kind: str, detail: str, frames: int, window: list[int] | None = None) -> None:
    if kind == "window":
        _probe_first_frame(detail)
    elif kind == "floor":
        _probe_floor_first_frame()
    elif kind == "orbit":
        _probe_orbit(detail, frames, floor=False)
    elif kind == "floor_orbit":
        _probe_orbit(detail, frames, floor=True, window_size=window)
    else:
        raise SystemExit(f"unknown probe {kind}")


def _probe_first_frame(detail: str) -> None:
    """The real start-up path (app.cli.launch.launch_viewer); the time of the first frame with the model."""
    from app.cli.launch import launch_viewer

    def hook(window) -> None:
        def on_frame(*_args) -> None:
            if window.viewport.actors and "frame_at" not in result:
                result["frame_at"] = time.time()
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, window.close)

        window.plotter.ren_win.AddObserver("EndEvent", on_frame)

    result: dict = {}
    launch_viewer(detail=detail, on_window=hook)
    print(json.dumps(result))


def _floor_window():
    """A bare pyvistaqt window with an empty scene: the least any such viewer can cost."""
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtWidgets import QApplication, QMainWindow
    from pyvistaqt import QtInteractor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    plotter = QtInteractor(window, auto_update=False, multi_samples=0)
    window.setCentralWidget(plotter)
    window.resize(1280, 800)
    return app, window, plotter


def _probe_floor_first_frame() -> None:
    app, window, plotter = _floor_window()
    result: dict = {}

    def on_frame(*_args) -> None:
        if "frame_at" not in result:
            result["frame_at"] = time.time()
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window.close)

    plotter.ren_win.AddObserver("EndEvent", on_frame)
    window.show()
    app.exec()
    plotter.close()
    print(json.dumps(result))


def _drag(app, widget, moves: int, renders: list) -> float:
    """Orbit by dragging with the left button across the view; mean ms per rendered frame."""
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    def send(kind, pos: QPoint, button, buttons) -> None:
        ev = QMouseEvent(
            kind,
            QPointF(pos),
            QPointF(widget.mapToGlobal(pos)),
            button,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, ev)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    centre = widget.rect().center() - QPoint(moves * 2, 0)
    send(QEvent.Type.MouseButtonPress, centre, left, left)
    app.processEvents()
    renders.clear()
    start = time.perf_counter()
    for i in range(moves):
        send(QEvent.Type.MouseMove, centre + QPoint(4 * (i + 1), 0), none, left)
        app.processEvents()
    elapsed = time.perf_counter() - start
    count = len(renders)
    send(QEvent.Type.MouseButtonRelease, centre + QPoint(4 * moves, 0), left, none)
    app.processEvents()
    return elapsed * 1000 / max(count, 1), count / moves


def _median_drag(app, widget, moves: int, renders: list, drags: int = ORBIT_DRAGS) -> tuple[float, float]:
    """The median of a few drags: one drag on a shared 2-core machine varies by +-15%."""
    runs = sorted(_drag(app, widget, moves, renders) for _ in range(drags))
    return runs[len(runs) // 2]


def _probe_orbit(detail: str, moves: int, floor: bool, window_size: list[int] | None = None) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    if floor:
        app, window, plotter = _floor_window()
        info: dict = {}
    else:
        from app.window import MainWindow
        from meshes.model import build_model

        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow(detail=detail, model=build_model(detail))
        plotter = window.plotter
        info = {}
    renders: list = []  # the VTK time of each frame, s
    started = [0.0]
    plotter.ren_win.AddObserver("StartEvent", lambda *_a: started.__setitem__(0, time.perf_counter()))
    plotter.ren_win.AddObserver("EndEvent", lambda *_a: renders.append(time.perf_counter() - started[0]))
    window.show()
    result: dict = {}

    def go() -> None:
        if not floor and window.drag_detail.pending():  # light copies still being built
            QTimer.singleShot(100, go)
            return
        # Size the 3D view itself to 1280x800, whatever the docks and bars take.
        w, h = ORBIT_VIEW_SIZE
        for _ in range(2):
            if window_size:
                window.resize(*window_size)
            else:
                window.resize(window.width() + w - plotter.width(), window.height() + h - plotter.height())
            for _ in range(3):
                app.processEvents()
        _drag(app, plotter, 5, renders)  # warm-up: shaders compiled, buffers uploaded
        frame_ms, per_move = _median_drag(app, plotter, moves, renders)
        render_ms = sorted(renders)[len(renders) // 2] * 1000 if renders else None
        result.update(
            frame_ms=frame_ms,
            render_ms=render_ms,
            renders_per_frame=per_move,
            view=[plotter.width(), plotter.height()],
            window=[window.width(), window.height()],
        )
        if not floor:
            result.update(
                renderer=window.viewport.renderer_name,
                antialiasing=_aa(window),
                drag_triangles=_drag_triangles(window),
            )
            # The same drag drawing the full model at full resolution, for comparison.
            window.drag_detail.enabled = False
            _drag(app, plotter, 5, renders)
            result["full_frame_ms"], _ = _median_drag(app, plotter, moves, renders)
        window.close()
        app.quit()

    QTimer.singleShot(300, go)
    app.exec()
    if floor:
        plotter.close()
    result.update(info)
    print(json.dumps(result))


def _drag_triangles(window) -> int:
    """Triangles drawn while dragging (the light copies where the drag uses them)."""
    window.drag_detail.begin()
    count = window.drag_detail.drawn_triangles()
    window.drag_detail.end()
    return count


def _aa(window) -> str:
    rw = window.plotter.ren_win
    if rw.GetMultiSamples() > 0:
        return f"msaa x{rw.GetMultiSamples()}"
    return "fxaa" if window.plotter.renderer.GetUseFXAA() else "none"
