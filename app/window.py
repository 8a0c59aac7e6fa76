"""The main window: the 3D view in the middle, menus and a toolbar above, panels docked beside.

Kept small on purpose: other features (scene player, text panel, x-ray and clipping tools,
exports) plug in through ``window.viewport``, ``window.model``, ``window.plotter``,
``window.menus``, ``add_dock()``, ``add_action()`` and the ``model_loaded`` signal.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")  # pyvistaqt reaches Qt through qtpy

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QProgressBar,
    QStatusBar,
    QToolBar,
    QWidget,
)

from app import __version__
from app.drag_detail import DragDetail
from app.memory import TRIM_EVERY_MS, release_free_memory, tune_allocator
from app.native_view import NativeInteractor
from app.preferences import check_settings
from app.structures_panel import StructuresPanel
from app.viewport import Viewport
from meshes.model import Model
from scenes.catalog import with_presets
from scenes.views import DEFAULT_VIEW, VIEWS

APP_NAME = "Lumbar Spine Viewer"
ORG_NAME = "lumbar-viewer"
DISCLAIMER = (
    "This program is for learning only. It is not medical advice, and it cannot tell what is "
    "wrong with your back. Talk to a doctor or physiotherapist about your own symptoms."
)
ABOUT_TEXT = f"""<h3>{APP_NAME} {__version__}</h3>
<p>A 3D model of the lower back (the lumbar spine, L1 to S1) that shows how a disc can bulge,
tear or herniate and press on a nerve. Made for patients, physicians and teachers.</p>
<p><b>Educational, not medical advice.</b> {DISCLAIMER}</p>
<p>The model is built by the program from published average dimensions; it is not any
person's scan.</p>
<p>Mouse: drag to turn the model, right-drag or scroll to zoom, middle-drag or Shift+drag to move it.</p>
"""
NAV_HINT = "Drag to turn · scroll or right-drag to zoom · Shift+drag to move"
BUSY_AFTER_MS = 500  # show a progress indicator for any wait longer than this


class ViewerInteractor(NativeInteractor):
    """The 3D view: VTK's native window (app/native_view.py) that says when a drag starts and ends.

    The window swaps in light copies of the parts while the camera is dragged
    (app/drag_detail.py) and the full model on release.
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


class _ModelLoader(QObject):
    """Waits for a model Future off the GUI thread; its signals arrive on the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def watch(self, future: Future) -> None:
        future.add_done_callback(self._done)

    def _done(self, future: Future) -> None:
        exc = future.exception()
        try:
            if exc is not None:
                self.failed.emit(f"The model could not be built ({type(exc).__name__}: {exc}).")
            else:
                self.loaded.emit(future.result())
        except RuntimeError:  # the window closed meanwhile and took this object with it
            pass


class MainWindow(QMainWindow):
    """The viewer window. Pass ``model`` to show it at once; otherwise it loads after showing."""

    model_loaded = Signal(object)  # the Model, once its actors are in the viewport

    def __init__(
        self,
        detail: str = "normal",
        model: Model | None = None,
        parent: QWidget | None = None,
        model_future: Future | None = None,
        panels_later: bool = False,
        scenes_dir: str | Path | None = None,
    ):
        """``panels_later``: build the scene, condition and export panels just after the first frame
        (the viewer's start-up does, so the spine shows sooner); otherwise here."""
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        # Held here and handed out by menuBar()/statusBar() below, so they never come from
        # PySide's address table (see ViewerInteractor.close for the stale wrapper it once held).
        self._menu_bar = QMenuBar(self)
        self.setMenuBar(self._menu_bar)
        self._status_bar = QStatusBar(self)
        self.setStatusBar(self._status_bar)
        self.detail = detail
        self.scenes_dir = scenes_dir  # a teacher's own scenes, listed beside the presets
        self.model: Model | None = None
        self.settings = QSettings(ORG_NAME, ORG_NAME)
        self.settings_notice = check_settings(self.settings)  # a damaged file: defaults + a notice

        self.plotter = ViewerInteractor(self, multi_samples=0)
        self._quiet_vtk_keys()
        self.setCentralWidget(self.plotter)
        self.viewport = Viewport(
            self.plotter, view_size=lambda: (self.plotter.width(), self.plotter.height())
        )
        # Flat until the first frame shows a real GPU (then the gradient): no switch in software GL.
        self.viewport.set_gradient_background(False)
        self.drag_detail = DragDetail(self.viewport)  # lighter frames while dragging (software GL)
        self.plotter.drag_started.connect(self._on_drag_started)
        self.plotter.drag_finished.connect(self.drag_detail.end)
        self._view = DEFAULT_VIEW
        self._framed: tuple | None = None  # the camera as the last preset left it
        self._gl_configured = False
        self._closed = False
        self._first_frame_done = False
        self._after_first_frame: list[Callable[[], object]] = []
        self._frame_observer = self.plotter.ren_win.AddObserver("EndEvent", self._on_frame_end)

        # One coalescing timer: many changes in one event-loop turn cost one repaint.
        self._render_timer = QTimer(self)
        self._render_timer.setObjectName("render_request")
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self.plotter.update)
        self._trim_timer = QTimer(self)  # a day-long session keeps its memory flat (app.memory)
        self._trim_timer.setObjectName("memory_trim")
        self._trim_timer.setInterval(TRIM_EVERY_MS)
        self._trim_timer.timeout.connect(release_free_memory)
        self._trim_timer.start()
        # A preset view stays framed when the view changes shape (docks shown or hidden, window
        # resized) until the user moves the camera.
        self.plotter.installEventFilter(self)

        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.toolbar = QToolBar("Views", self)
        self.toolbar.setObjectName("views_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.structures = StructuresPanel(self)
        self.structures.visibility_changed.connect(self._on_visibility_changed)
        # The ticks follow what is drawn, whatever shows or hides a part (a scene step, isolate...).
        self.viewport.visibility_listeners.append(lambda pid, shown: self.structures.set_checked(pid, shown))
        self.add_dock(self.structures, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._build_actions()
        if not panels_later:
            self.install_panels()
        self._build_status_bar()
        self._restore_settings()

        self._loader: _ModelLoader | None = None
        if (
            model is None
            and model_future is not None
            and model_future.done()
            and not model_future.exception()
        ):
            model = model_future.result()
        if model is not None:
            self.set_model(model)
        elif model_future is not None:
            self.load_model(model_future)

    def menuBar(self) -> QMenuBar:  # noqa: N802 (Qt's name)
        return self._menu_bar

    def statusBar(self) -> QStatusBar:  # noqa: N802 (Qt's name)
        return self._status_bar

    # ---- extension points ------------------------------------------------------------------
    def add_dock(
        self, dock: QDockWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> None:
        """Dock a panel and list it under View > Panels (give it an objectName for QSettings)."""
        self.addDockWidget(area, dock)
        if "panels" in self.menus:
            self.menus["panels"].addAction(dock.toggleViewAction())

    def add_action(
        self,
        menu: str,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | None = None,
        tip: str = "",
        toolbar: bool = False,
        checkable: bool = False,
    ) -> QAction:
        """A command with shortcut and tooltip, in a menu (created if new) and optionally on the toolbar."""
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shown})" if shown else tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu(menu).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden (full screen)
        self.actions[name] = action
        return action

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ('File', 'View', 'Help', ...), created before Help if new."""
        if name not in self.menus:
            new = QMenu(f"&{name}", self)
            help_menu = self.menus.get("Help")
            if help_menu is not None:
                self.menuBar().insertMenu(help_menu.menuAction(), new)
            else:
                self.menuBar().addMenu(new)
            self.menus[name] = new
        return self.menus[name]

    def after_first_frame(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the first frame showing the model is drawn (at once if it was).

        For work the first look does not need (building rarely used panels, warming caches):
        start-up is measured to that first frame (``bench``: first_frame_s).
        """
        if self._first_frame_done:
            QTimer.singleShot(0, self, callback)
        else:
            self._after_first_frame.append(callback)

    def _on_frame_end(self, *_args) -> None:
        if self._first_frame_done or not self.viewport.actors:
            return
        self._run_after_first_frame()

    def _run_after_first_frame(self) -> None:
        if self._first_frame_done:
            return
        self._first_frame_done = True
        self.plotter.ren_win.RemoveObserver(self._frame_observer)
        callbacks, self._after_first_frame = self._after_first_frame, []
        for callback in callbacks:
            QTimer.singleShot(0, self, callback)

    def install_panels(self, restore_layout: bool = False) -> None:
        """The scene player, the condition tools and the exports: their docks, menus and keys."""
        from app.condition_panel import install_condition_tools
        from app.export_dialogs import install_exports
        from app.player_panel import install_player

        # scene list, transport, text panel, Scene menu, keys; a teacher's folder beside the presets
        self.player = install_player(self, with_presets(self.scenes_dir) if self.scenes_dir else None)
        self.conditions = install_condition_tools(self)  # condition, body map, measurements, split
        self.exports = install_exports(self)  # File > Export: still, clip, 3D model, handout
        if restore_layout:  # docks added after the window restored its layout come back too
            self._restore_settings()

    def request_render(self) -> None:
        """Ask for one repaint at the end of this event-loop turn (many calls, one frame)."""
        self._render_timer.start()

    # ---- the model ---------------------------------------------------------------------------
    def set_model(self, model: Model) -> None:
        """Show ``model``: one actor per part, the structures list, the default view."""
        self.model = model
        self.viewport.set_model(model)
        self.structures.set_parts(model.parts)
        self._apply_view(DEFAULT_VIEW)
        self._set_busy(False)
        self.parts_label.setText(f"{len(model.parts)} structures · {model.triangles:,} triangles")
        self.statusBar().showMessage(NAV_HINT)
        self.request_render()
        if self.viewport.software_gl and self._first_frame_done:
            QTimer.singleShot(0, self, self._prepare_drag_detail)  # copies for the new parts
        self.model_loaded.emit(model)

    def load_model(self, future: Future | None = None) -> None:
        """Build or load the model in the background (or wait for ``future``); the window stays live."""
        if self._loader is not None:
            return
        self._loader = _ModelLoader(self)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)
        self.statusBar().showMessage("Loading the model…")
        QTimer.singleShot(BUSY_AFTER_MS, self, lambda: self._set_busy(self.model is None))
        self._loader.watch(future if future is not None else prefetch_model(self.detail))

    def _on_loaded(self, model: Model) -> None:
        self._loader = None
        if not self._closed:
            self.set_model(model)

    def _on_load_failed(self, message: str) -> None:
        self._loader = None
        self._set_busy(False)
        self._run_after_first_frame()  # no model frame will come: the panels must not wait for it
        self.statusBar().showMessage(message)
        QMessageBox.critical(self, APP_NAME, message)

    # ---- commands ----------------------------------------------------------------------------
    def _apply_view(self, name: str) -> None:
        self.viewport.apply_view(name)
        self._view = name
        self._framed = self.viewport.camera_state()

    def _reframe(self) -> None:
        if self._closed or self.model is None or self._framed is None:
            return
        if self.viewport.camera_state() == self._framed:  # nobody moved it since the preset
            self._apply_view(self._view)
            self.request_render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plotter and event.type() == QEvent.Type.Resize:
            self._reframe()  # before the repaint the resize brings
        return super().eventFilter(watched, event)

    def show_view(self, name: str) -> None:
        self._apply_view(name)
        self.statusBar().showMessage(f"View: {VIEWS[name].label}", 2000)
        self.request_render()

    def reset_view(self) -> None:
        self.show_view(DEFAULT_VIEW)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions["full_screen"].setChecked(self.isFullScreen())

    def show_about(self) -> None:
        vp = self.viewport
        drawing = f"<p><small>Drawing with OpenGL: {vp.renderer_name or 'not yet known'}"
        if vp.software_gl is not None:
            drawing += " (software, no anti-aliasing)" if vp.software_gl else " (graphics card, anti-aliased)"
        QMessageBox.about(self, f"About {APP_NAME}", ABOUT_TEXT + drawing + "</small></p>")

    def _on_visibility_changed(self, part_id: str, visible: bool) -> None:
        if part_id in self.viewport.actors:
            self.viewport.set_visible(part_id, visible)
            self.request_render()

    # ---- construction ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.add_action(
            "File", "quit", "&Quit", self.close, QKeySequence.StandardKey.Quit, "Close the viewer"
        )
        for view in VIEWS.values():
            self.add_action(
                "View",
                f"view_{view.name}",
                view.label,
                lambda checked=False, n=view.name: self.show_view(n),
                view.key,
                f"Look at the spine: {view.label.lower()}",
                toolbar=True,
            )
        self.menus["View"].addSeparator()
        self.add_action(
            "View", "reset_view", "&Reset view", self.reset_view, "R", "Back to the starting view"
        )
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.actions["reset_view"])
        self.add_action(
            "View", "full_screen", "&Full screen", self.toggle_full_screen, "F11",
            "Fill the screen with the viewer (for a projector)", checkable=True,
        )  # fmt: skip
        self.menus["View"].addSeparator()
        self.menus["panels"] = self.menus["View"].addMenu("&Panels")
        self.menus["panels"].addAction(self.structures.toggleViewAction())
        self.menus["panels"].addAction(self.toolbar.toggleViewAction())
        self.add_action(
            "Help", "about", f"&About {APP_NAME}", self.show_about, QKeySequence.StandardKey.HelpContents,
            "What this program is, and why it is not medical advice",
        )  # fmt: skip

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        bar.addPermanentWidget(self.progress)
        self.parts_label = QLabel("")
        bar.addPermanentWidget(self.parts_label)
        notice = QLabel("Educational, not medical advice")
        notice.setToolTip(DISCLAIMER)
        bar.addPermanentWidget(notice)

    def _quiet_vtk_keys(self) -> None:
        """Our menus own the keyboard: drop VTK's and pyvista's one-letter keys (w, s, e, q, 3...)."""
        iren = self.plotter.iren
        if iren is None:
            return
        iren.clear_key_event_callbacks()
        iren.interactor.RemoveObservers("CharEvent")

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy_cursor = True
        elif getattr(self, "_busy_cursor", False):
            QApplication.restoreOverrideCursor()
            self._busy_cursor = False

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    # ---- Qt events ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._gl_configured:
            self._gl_configured = True
            QTimer.singleShot(0, self, self._configure_gl)
        if self.model is None and self._loader is None:
            QTimer.singleShot(0, self, lambda: None if self._closed else self.load_model())

    def _configure_gl(self) -> None:
        """After the first frame: MSAA and the gradient background on a real GPU; neither in
        software OpenGL, where each costs a large share of every frame (redraw only if changed)."""
        if self._closed:
            return
        before = self.plotter.ren_win.GetMultiSamples()
        self.viewport.configure_antialiasing()
        if not self.viewport.software_gl:
            self.viewport.set_gradient_background(True)
            self.request_render()
        elif self.plotter.ren_win.GetMultiSamples() != before:
            self.request_render()
        if self.viewport.software_gl:
            self.after_first_frame(self._prepare_drag_detail)

    def _prepare_drag_detail(self) -> None:
        """Build the light copies for dragging one part per idle moment (software GL only)."""
        if self._closed or not self.viewport.software_gl:
            return
        pending = self.drag_detail.pending()
        if pending:
            self.drag_detail.prepare(pending[0])
            QTimer.singleShot(0, self, self._prepare_drag_detail)

    def _on_drag_started(self) -> None:
        if self.viewport.software_gl:
            self.drag_detail.begin()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self._render_timer.stop()
        self._trim_timer.stop()
        self._set_busy(False)
        if self._loader is not None:
            self._loader.loaded.disconnect()
            self._loader.failed.disconnect()
            self._loader = None
        self.plotter.close()
        super().closeEvent(event)


def run_viewer(
    detail: str = "normal",
    on_window: Callable[[MainWindow], None] | None = None,
    model_future: Future | None = None,
    scenes_dir: str | Path | None = None,
) -> int:
    """Create the application and the window, show it, run the event loop; returns the exit status.

    ``on_window`` is called with the window before it is shown (the bench uses it to time the
    first frame of the real start-up path).
    """
    if sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")  # VTK's GL widget needs X, also under Wayland
    tune_allocator()  # large arrays get their own mappings, returned to the system when freed
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    window = MainWindow(
        detail=detail,
        model_future=model_future or prefetch_model(detail),
        panels_later=True,
        scenes_dir=scenes_dir,
    )

    def tools() -> None:
        from app.explore import install_explore  # x-ray, cuts, identify, labels, glides, presentation

        if not window._closed:
            window.install_panels()
            install_explore(window)  # restores the saved layout with every dock in place

    window.after_first_frame(tools)  # the spine shows first; the panels a moment later
    if on_window is not None:
        on_window(window)
    window.show()
    return app.exec()
