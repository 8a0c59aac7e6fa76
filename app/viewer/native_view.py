"""The 3D view as a native child window that VTK draws into directly.

pyvistaqt's view is a QOpenGLWidget: VTK renders into an offscreen buffer and Qt then composes
the *whole* top-level window (panels, menus, the 3D picture) through OpenGL and presents it, every
frame. With software OpenGL (Mesa llvmpipe) that composition costs per pixel of the whole window:
measured on 2 cores, a bare pyvistaqt window with an empty scene takes 33 ms a mouse move at
1280x800 and 52 ms at 1997x885, before any spine is drawn. VTK's own Qt widget (a plain QWidget
with its own native window, the one pyvistaqt used before 0.12) skips that: VTK renders into the
window and swaps its buffers, and Qt never touches those pixels. Dragging the light copies of the
spine (app/viewer/drag_detail.py) in a 1280x800 view then costs ~36 ms instead of ~50.

``NativeInteractor`` joins that widget with pyvista's ``BasePlotter``, as pyvistaqt's
``QtInteractor`` does with its own widget, so the rest of the app uses the same plotter API
(renderer, render_window, screenshot, render, close).

The price: Qt cannot draw widgets *over* a native GL window (the presentation mode's laser
pointer is therefore the mouse cursor, see app/shell/presentation.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import vtkmodules.vtkInteractionStyle  # noqa: F401  (trackball styles for the interactor)
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (the platform's OpenGL render window class)
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget
from pyvista.plotting.plotter import BasePlotter
from pyvista.plotting.render_window_interactor import RenderWindowInteractor
from vtkmodules.qt import QVTKRenderWindowInteractor as _qvtk

if _qvtk.QVTKRWIBase != "QWidget":  # pragma: no cover (only if something changed VTK's default)
    raise ImportError("VTK's Qt widget must be the native QWidget kind")


@contextlib.contextmanager
def _no_base_plotter_init() -> Iterator[None]:
    """PySide passes QWidget.__init__ on along the MRO; BasePlotter is set up once, by us."""
    init = BasePlotter.__init__
    BasePlotter.__init__ = lambda *_a, **_k: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        BasePlotter.__init__ = init  # type: ignore[method-assign]


class NativeInteractor(_qvtk.QVTKRenderWindowInteractor, BasePlotter):
    """A pyvista plotter living in a native Qt child window (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None, multi_samples: int = 0, **kwargs) -> None:
        self._closed = True  # until fully built: close() does nothing to a half-built view
        with _no_base_plotter_init():
            _qvtk.QVTKRenderWindowInteractor.__init__(self, parent)
        BasePlotter.__init__(self, **kwargs)
        self.interactor = self
        self.ren_win = self.GetRenderWindow()
        self.ren_win.SetMultiSamples(multi_samples)
        for renderer in self.renderers:
            renderer.view_isometric()
            self.ren_win.AddRenderer(renderer)
        self.iren = RenderWindowInteractor(self, interactor=self.ren_win.GetInteractor())
        self.iren.interactor.RemoveObservers("MouseMoveEvent")  # pyvista's hover callbacks: unused
        self.iren.initialize()
        self.enable_trackball_style()
        self._observers: dict = {}
        self.keep_cursor = False  # True while the app shows its own cursor (the laser pointer)
        self._first_time = False  # BasePlotter renders only once this is off
        self._closed = False

    def __getattr__(self, name: str):
        # VTK's widget forwards unknown attributes to its interactor; BasePlotter probes its own
        # attributes with hasattr during set-up, which must simply be told "no".
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def ShowCursor(self) -> None:  # noqa: N802 (VTK's name)
        if not self.keep_cursor:
            super().ShowCursor()

    def render(self) -> None:
        """Render now (nothing once closed: the window's GL resources are gone)."""
        if self._closed:
            return
        self._rendered = True
        BasePlotter.render(self)

    def close(self) -> None:  # type: ignore[override]  (QWidget.close returns a bool)
        """Release the GL resources while the native window still exists, then the plotter."""
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):
            self.ren_win.Finalize()
        BasePlotter.close(self)
        self._closed = True

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.close()
        QWidget.closeEvent(self, event)


class ViewerInteractor(NativeInteractor):
    """The 3D view: VTK's native window (app/viewer/native_view.py) that says when a drag starts and ends.

    The window swaps in light copies of the parts while the camera is dragged
    (app/viewer/drag_detail.py) and the full model on release.
    """

    drag_started = Signal()  # a mouse button is held and the mouse moved: the camera is dragged
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self._dragging = False

    @property
    def dragging(self) -> bool:
        return self._dragging

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.buttons() != Qt.MouseButton.NoButton and not self._dragging:
            self._dragging = True
            self.drag_started.emit()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        if self._dragging and event.buttons() == Qt.MouseButton.NoButton:
            self._dragging = False
            self.drag_finished.emit()
            self.update()  # the full-detail frame

    def quiet_vtk_keys(self) -> None:
        """Our menus own the keyboard: drop VTK's and pyvista's one-letter keys (w, s, e, q, 3...)."""
        iren = self.iren
        if iren is None:
            return
        iren.clear_key_event_callbacks()
        iren.interactor.RemoveObservers("CharEvent")
