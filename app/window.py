"""The main window and composition root: the 3D view in the middle, menus and toolbars above,
panels docked beside. It makes the ViewerContext, creates every feature with it, keeps what they
return, and joins them through app/wiring.py; no feature sees the window (docs/architecture.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_API", "pyside6")  # pyvistaqt reaches Qt through qtpy

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStatusBar,
    QToolBar,
    QWidget,
)

from app.context import ViewerContext
from app.i18n import QT_TRANSLATE_NOOP, choose_language, translate
from app.shell.about import ABOUT_TEXT, APP_NAME, StatusParts, show_about  # noqa: F401
from app.shell.frame_actions import add_window_actions
from app.shell.memory import TRIM_EVERY_MS, release_free_memory, tune_allocator
from app.shell.stored_prefs import check_settings
from app.shell.structures_panel import StructuresPanel
from app.shell.tool_buttons import follow_actions
from app.viewer.drag_detail import DragDetail
from app.viewer.first_frame import FirstFrame
from app.viewer.model_loading import ModelLoader
from app.viewer.native_view import ViewerInteractor
from app.viewer.prefetch import prefetch_model
from app.viewer.viewport import Viewport
from meshes.model import Model

if TYPE_CHECKING:
    from app.compose import Panels, Tools
from scenes.views import DEFAULT_VIEW, VIEWS

ORG_NAME = "lumbar-viewer"
NAV_HINT = QT_TRANSLATE_NOOP("MainWindow", "Drag to turn · scroll or right-drag to zoom · Shift+drag to move")
BUSY_AFTER_MS = 500  # show a progress indicator for any wait longer than this


class MainWindow(QMainWindow):
    """The viewer window. Pass ``model`` to show it at once; otherwise it loads after showing."""

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
        # What the composition root built (app/compose.py): each feature's own API, nothing else.
        self.panels: Panels | None = None
        self.tools: Tools | None = None
        self.settings = QSettings(ORG_NAME, ORG_NAME)
        settings_notice = check_settings(self.settings)  # a damaged file: defaults + a notice

        self.plotter = ViewerInteractor(self, multi_samples=0)
        self.plotter.quiet_vtk_keys()
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
        # Work the first look does not need waits for the first frame that shows the model.
        self.first_frame = FirstFrame(self.plotter.ren_win, lambda: bool(self.viewport.actors), self)

        # One coalescing timer: many changes in one event-loop turn cost one repaint.
        self._render_timer = QTimer(self)
        self._render_timer.setObjectName("render_request")
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self.plotter.update)
        self._trim_timer = QTimer(self)  # a day-long session keeps its memory flat (app.shell.memory)
        self._trim_timer.setObjectName("memory_trim")
        self._trim_timer.setInterval(TRIM_EVERY_MS)
        self._trim_timer.timeout.connect(release_free_memory)
        self._trim_timer.start()
        # A preset view stays framed when the view changes shape (docks shown or hidden, window
        # resized) until the user moves the camera.
        self.plotter.installEventFilter(self)

        self.toolbar = QToolBar(translate("MainWindow", "Views"), self)
        self.toolbar.setObjectName("views_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # What each feature gets of the window (app/context.py); the window keeps no other door open.
        self.ctx = ViewerContext(
            self, self.viewport, self.settings, self.toolbar, self.request_render, self.show_view
        )
        self.ctx.settings_notice = settings_notice
        self.model_loaded = self.ctx.model_loaded
        self.actions, self.menus = self.ctx.actions, self.ctx.menus
        self.structures = StructuresPanel(self)
        self.structures.visibility_changed.connect(self._on_visibility_changed)
        # The ticks follow what is drawn, whatever shows or hides a part (a scene step, isolate...).
        self.viewport.visibility_listeners.append(lambda pid, shown: self.structures.set_checked(pid, shown))
        self.ctx.add_dock(self.structures, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._build_actions()
        if not panels_later:
            self.install_panels()  # (which filters the tool buttons)
        else:
            follow_actions(self)  # (a Qt leak: see app/shell/tool_buttons.py; again after each install)
        self._build_status_bar()
        self._restore_settings()

        self._loader: ModelLoader | None = None
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

    def after_first_frame(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the first frame showing the model is drawn (at once if it was)."""
        self.first_frame.then(callback)

    def install_panels(self, restore_layout: bool = False) -> Panels:
        """The scene player, the condition tools, the exports, the MRI view, the report reader
        (app/compose.py); ``self.panels`` keeps what their install functions return."""
        from app.compose import install_panels

        self.panels = install_panels(self.ctx, self, self.scenes_dir)
        follow_actions(self)
        if restore_layout:  # docks added after the window restored its layout come back too
            self._restore_settings()
        return self.panels

    def install_tools(self) -> Tools:
        """Explore, the quiz, the pen, and the shell that arranges them all (app/compose.py);
        ``self.tools`` keeps what their install functions return."""
        from app.compose import install_tools

        self.tools = install_tools(self.ctx, self, self.structures, self.panels)
        follow_actions(self)
        state = self.settings.value("window/state")  # docks added after the layout was restored
        if state is not None:
            try:
                self.restoreState(state)
            except TypeError:
                pass
        return self.tools

    def request_render(self) -> None:
        """Ask for one repaint at the end of this event-loop turn (many calls, one frame)."""
        self._render_timer.start()

    # ---- the model ---------------------------------------------------------------------------
    def set_model(self, model: Model) -> None:
        """Show ``model``: one actor per part, the structures list, the default view."""
        self.model = self.ctx.model = model
        self.viewport.set_model(model)
        self.structures.set_parts(model.parts)
        self._apply_view(DEFAULT_VIEW)
        self.status.set_busy(False)
        self.parts_label.setText(
            translate("MainWindow", "{len} structures · {triangles:,} triangles").format(
                len=len(model.parts), triangles=model.triangles
            )
        )
        self.statusBar().showMessage(translate("MainWindow", NAV_HINT))
        self.request_render()
        if self.viewport.software_gl and self.first_frame.done:
            QTimer.singleShot(0, self, self._prepare_drag_detail)  # copies for the new parts
        self.model_loaded.emit(model)

    def load_model(self, future: Future | None = None) -> None:
        """Build or load the model in the background (or wait for ``future``); the window stays live."""
        if self._loader is not None:
            return
        self._loader = ModelLoader(self)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)
        self._loader.progressed.connect(self._on_build_progress)
        self.statusBar().showMessage(translate("MainWindow", "Loading the model…"))
        QTimer.singleShot(BUSY_AFTER_MS, self, lambda: self.status.set_busy(self.model is None))
        self._loader.watch(future if future is not None else prefetch_model(self.detail))

    def _on_build_progress(self, fraction: float, text: str) -> None:
        if not self._closed and fraction < 1.0:  # a cold build takes seconds: say what it does
            self.status.show_build(fraction, text)

    def _on_loaded(self, model: Model) -> None:
        self._loader = None
        if not self._closed:
            self.set_model(model)

    def _on_load_failed(self, message: str) -> None:
        self._loader = None
        self.status.set_busy(False)
        self.first_frame.release()  # no model frame will come: the panels must not wait for it
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
        self.statusBar().showMessage(
            translate("MainWindow", "View: {label}").format(label=translate("views", VIEWS[name].label)), 2000
        )
        self.request_render()

    def reset_view(self) -> None:
        self.show_view(DEFAULT_VIEW)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions["full_screen"].setChecked(self.isFullScreen())

    def _on_visibility_changed(self, part_id: str, visible: bool) -> None:
        if part_id in self.viewport.actors:
            self.viewport.set_visible(part_id, visible)
            self.request_render()

    # ---- construction ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        add_window_actions(
            self.ctx, self.structures, self.close, self.show_view, self.reset_view,
            self.toggle_full_screen, lambda: show_about(self, self.viewport),
        )  # fmt: skip

    def _build_status_bar(self) -> None:
        self.status = StatusParts(self.statusBar())
        self.progress, self.parts_label = self.status.progress, self.status.parts_label

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
        self.ctx.closing.emit()  # features stop their timers and observers first
        self._closed = True
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self._render_timer.stop()
        self._trim_timer.stop()
        self.status.set_busy(False)
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
    lang: str | None = None,
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
    choose_language(lang, QSettings(ORG_NAME, ORG_NAME))
    window = MainWindow(
        detail=detail,
        model_future=model_future or prefetch_model(detail),
        panels_later=True,
        scenes_dir=scenes_dir,
    )

    def tools() -> None:
        from app import wiring

        if not window._closed:
            window.install_panels()
            window.install_tools()  # restores the saved layout with every dock in place
            wiring.first_scene_at_start(window.panels.playing.player)  # the healthy tour, not an empty panel

    window.after_first_frame(tools)  # the spine shows first; the panels a moment later
    if on_window is not None:
        on_window(window)
    window.show()
    return app.exec()
