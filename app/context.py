"""What a feature may use of the window: the viewport, the settings, the model, the scene player,
a few signals, and the places to put its commands and panels.

The window (the composition root, app/window.py) makes one ``ViewerContext`` and hands it to each
feature it creates; features never see the window itself, so none can reach another feature
through it. ``frame`` is the plain QMainWindow the panels dock into (Qt's API, no attributes of
ours). May import app.viewer and below; never a feature or the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from app.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.viewer.scene_player import ScenePlayer
    from app.viewer.viewport import Viewport
    from meshes.model import Model


# The menu bar's menus by name (features ask for them by these English names).
MENU_TITLES = (
    QT_TRANSLATE_NOOP("menus", "&File"),
    QT_TRANSLATE_NOOP("menus", "&Edit"),
    QT_TRANSLATE_NOOP("menus", "&View"),
    QT_TRANSLATE_NOOP("menus", "&Scene"),
    QT_TRANSLATE_NOOP("menus", "&Draw"),
    QT_TRANSLATE_NOOP("menus", "&Help"),
)

# The names of scenes.views.VIEWS, translated where they are shown.
VIEW_LABELS = (
    QT_TRANSLATE_NOOP("views", "Front"),
    QT_TRANSLATE_NOOP("views", "Back"),
    QT_TRANSLATE_NOOP("views", "Left side"),
    QT_TRANSLATE_NOOP("views", "Right side"),
    QT_TRANSLATE_NOOP("views", "From above"),
    QT_TRANSLATE_NOOP("views", "Oblique"),
    QT_TRANSLATE_NOOP("views", "From below"),
)

# The part groups of meshes.parts.GROUP_LABELS, translated where they are shown.
GROUP_LABELS = (
    QT_TRANSLATE_NOOP("groups", "Bones"),
    QT_TRANSLATE_NOOP("groups", "Discs"),
    QT_TRANSLATE_NOOP("groups", "Nerves"),
    QT_TRANSLATE_NOOP("groups", "Ligaments"),
    QT_TRANSLATE_NOOP("groups", "Facet joints"),
)


class ViewerContext(QObject):
    """The window's services for its features (see the module docstring)."""

    model_loaded = Signal(object)  # meshes.model.Model, once shown
    closing = Signal()  # the window is closing: stop timers, drop observers
    part_clicked = Signal(object)  # part id (or None) a click on the 3D view found (the quiz answers)
    language_changed = Signal(str)  # the language was switched (app.i18n): reload texts read from files

    def __init__(
        self,
        frame: QMainWindow,
        viewport: Viewport,
        settings: QSettings,
        toolbar: QToolBar,
        request_render: Callable[[], None],
        show_view: Callable[[str], None],
    ) -> None:
        super().__init__(frame)
        self.frame = frame
        self.viewport = viewport
        self.settings = settings
        self.toolbar = toolbar
        self.request_render = request_render  # one repaint at the end of this event-loop turn
        self.show_view = show_view  # a named view of scenes.views
        self.model: Model | None = None
        self.scene_player: ScenePlayer | None = None  # set by the window with the player feature
        self.settings_notice: str | None = None  # why the settings file was reset, if it was
        # Texts drawn in the 3D view (labels, measurements) that presentation mode enlarges: each
        # takes a factor and returns what puts its size back.
        self.text_scalers: list[Callable[[float], Callable[[], None]]] = []
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}

    @property
    def plotter(self):
        return self.viewport.plotter

    def say(self, message: str, ms: int = 0) -> None:
        """A line in the status bar (for ``ms`` milliseconds; 0: until the next one)."""
        self.frame.statusBar().showMessage(message, ms)

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ('File', 'View', 'Help', ...), created before Help if new."""
        if name not in self.menus:
            new = QMenu(translate("menus", "&" + name), self.frame)
            help_menu = self.menus.get("Help")
            if help_menu is not None:
                self.frame.menuBar().insertMenu(help_menu.menuAction(), new)
            else:
                self.frame.menuBar().addMenu(new)
            self.menus[name] = new
        return self.menus[name]

    def add_action(
        self,
        menu: str,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
        toolbar: bool = False,
        checkable: bool = False,
    ) -> QAction:
        """A command with shortcut and tooltip, in a menu (created if new) and optionally on the toolbar."""
        action = QAction(text, self.frame)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(
                translate("ViewerContext", "{tip} ({shown})").format(tip=tip, shown=shown) if shown else tip
            )
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu(menu).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.frame.addAction(action)  # shortcuts work even when the menu bar is hidden (full screen)
        self.actions[name] = action
        return action

    def free_key(self, key: str) -> str | None:
        """``key`` if no action of the window uses it yet (two actions on one key fire neither)."""
        seq = QKeySequence(key)
        for action in self.frame.findChildren(QAction):
            if any(s == seq for s in action.shortcuts()):
                return None
        return key

    def add_dock(
        self, dock: QDockWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> None:
        """Dock a panel and list it under View > Panels (give it an objectName for QSettings)."""
        self.frame.addDockWidget(area, dock)
        if "panels" in self.menus:
            self.menus["panels"].addAction(dock.toggleViewAction())
