"""Presentation mode for a classroom: full screen, big text, no chrome, keyboard-only stepping.

Entering hides the menus, toolbars, status bar and every panel except the explanation text,
enlarges the fonts and labels, and turns the mouse pointer over the 3D view into a laser-pointer
dot. PageDown/PageUp (what a presentation clicker sends) and the arrow keys step through the
scene's steps like slides (the camera presets when no scene is loaded); Escape leaves and puts
everything back as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPixmap, QRadialGradient
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

from scenes.views import VIEWS

if TYPE_CHECKING:
    from app.context import ViewerContext

KEEP_DOCKS = ("text_panel",)  # the explanation stays beside the model
LASER_RADIUS = 14  # logical pixels
LASER_RGB = (255, 40, 40)


class LaserPointer:
    """A bright red dot for the mouse pointer over the 3D view, like a laser pointer in a lecture.

    It is the view's cursor, so the window system draws it over the native GL view (app/viewer/native_view.py,
    where Qt cannot paint widgets on top) and moving it never re-renders the model.
    """

    def __init__(self, view: QWidget) -> None:
        self.view = view
        self.active = False
        self.cursor = QCursor(self.pixmap(), LASER_RADIUS * 2 + 2, LASER_RADIUS * 2 + 2)

    @staticmethod
    def pixmap() -> QPixmap:
        """The dot: a soft red glow around a pale centre, on a transparent square."""
        r = LASER_RADIUS
        side = 4 * r + 4
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(side / 2, side / 2)
        glow = QRadialGradient(centre, r * 2)
        glow.setColorAt(0.0, QColor(*LASER_RGB, 235))
        glow.setColorAt(0.3, QColor(*LASER_RGB, 190))
        glow.setColorAt(0.55, QColor(*LASER_RGB, 70))
        glow.setColorAt(1.0, QColor(*LASER_RGB, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawEllipse(centre, r * 2, r * 2)
        painter.setBrush(QColor(255, 235, 235, 240))
        painter.drawEllipse(centre, r * 0.22, r * 0.22)
        painter.end()
        return pixmap

    def set_active(self, on: bool) -> None:
        self.active = on
        self.view.keep_cursor = on  # VTK's cursor changes must not replace the dot
        if on:
            self.view.setCursor(self.cursor)
        else:
            self.view.unsetCursor()


class Presentation(QObject):
    """Enters and leaves presentation mode and steps through slides."""

    changed = Signal(bool)

    def __init__(self, ctx: ViewerContext, views=None, labels=None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.views = views
        self.labels = labels
        self.active = False
        self.laser = LaserPointer(ctx.plotter)
        self._saved: dict = {}
        self._view_index = 0

    # ---- on and off --------------------------------------------------------------------------
    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        w = self.ctx.frame
        hidden: list[QWidget] = []
        for widget in [w.menuBar(), w.statusBar(), *w.findChildren(QToolBar), *w.findChildren(QDockWidget)]:
            if isinstance(widget, QDockWidget) and widget.objectName() in KEEP_DOCKS:
                continue
            if widget.isVisible():
                hidden.append(widget)
                widget.hide()
        self._saved = {
            "full_screen": w.isFullScreen(),
            "maximized": w.isMaximized(),
            "hidden": hidden,
            "font": w.font(),
            "font_resolved": w.font().resolveMask(),
            "label_scale": self.labels.scale if self.labels is not None else 1.0,
        }
        # Every text at one size, the explanation's body text at the chosen height (preferences).
        from app.shell.presentation_text import scale_text
        from app.shell.stored_prefs import load

        chosen = load(self.ctx.settings).presentation_text_px
        self._saved["restore_text"] = scale_text(w, chosen, self.ctx.text_scalers)
        self.active = True
        w.showFullScreen()
        self.laser.set_active(True)
        self._sync_actions()
        self.ctx.request_render()
        self.changed.emit(True)

    def leave(self) -> None:
        if not self.active:
            return
        w = self.ctx.frame
        self.active = False
        self.laser.set_active(False)
        saved, self._saved = self._saved, {}
        saved["restore_text"]()  # fonts, document fonts, labels and overlay as they were
        # A font with an empty resolve mask un-sets the window's own font (it follows the app's again).
        w.setFont(saved["font"] if saved.get("font_resolved", 0) else QFont())
        if self.labels is not None:
            self.labels.set_scale(saved.get("label_scale", 1.0))
        if not saved.get("full_screen", False):
            if saved.get("maximized"):
                w.showMaximized()
            else:
                w.showNormal()
        for widget in saved.get("hidden", []):
            widget.show()
        self._sync_actions()
        self.ctx.request_render()
        self.changed.emit(False)

    def _sync_actions(self) -> None:
        actions = self.ctx.actions
        if "presentation" in actions:
            actions["presentation"].setChecked(self.active)
        if "leave_presentation" in actions:
            actions["leave_presentation"].setEnabled(self.active)
        for name in ("slide_next_arrow", "slide_previous_arrow"):
            if name in actions:
                actions[name].setEnabled(self.active)
        if "full_screen" in actions:
            actions["full_screen"].setChecked(self.ctx.frame.isFullScreen())

    # ---- slides ------------------------------------------------------------------------------
    def _player(self):
        player = self.ctx.scene_player
        return player if player is not None and player.scene is not None else None

    def next_slide(self) -> None:
        player = self._player()
        if player is not None:
            player.next_step()
        else:
            self._step_view(+1)

    def previous_slide(self) -> None:
        player = self._player()
        if player is not None:
            player.previous_step()
        else:
            self._step_view(-1)

    def _step_view(self, delta: int) -> None:
        names = list(VIEWS)
        self._view_index = (self._view_index + delta) % len(names)
        name = names[self._view_index]
        if self.views is not None:
            self.views.go_to_view(name)
        else:
            self.ctx.show_view(name)
