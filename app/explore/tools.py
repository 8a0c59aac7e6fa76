"""Puts the exploring tools into the main window: x-ray and opacity, cuts, identify and search,
labels, camera glides, bookmarks and turntable, presentation mode, preferences.

``install_explore(window)`` adds the panels, menus, toolbar buttons and keys and returns the
:class:`Explorer` (also ``window.explore``). Every timer it starts is parented to the window and
stopped when the window closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu

from app.explore.clipping import ClipController, ClipPanel
from app.explore.info_panel import InfoPanel, scene_role
from app.explore.part_panel import PartPanel
from app.explore.picking import MousePicker, Selection
from app.explore.views import CameraAnimator
from app.explore.xray import XRAY_TIP, OpacityController, sort_translucency
from app.shell.preferences import PreferencesController
from app.shell.presentation import Presentation
from app.shell.structures_panel import PART_ROLE
from app.viewer.labels import LabelLayer
from meshes.dimensions import DISC_LEVELS
from scenes.views import DEFAULT_VIEW, VIEWS

if TYPE_CHECKING:
    from app.window import MainWindow


@dataclass
class Explorer:
    opacity: OpacityController
    selection: Selection
    picker: MousePicker
    clipping: ClipController
    views: CameraAnimator
    labels: LabelLayer
    presentation: Presentation
    preferences: PreferencesController
    part_panel: PartPanel
    clip_panel: ClipPanel
    info_panel: InfoPanel


class _CloseWatcher(QObject):
    """Stops the explorer's timers and observers when the window closes."""

    def __init__(self, window: MainWindow, explorer: Explorer) -> None:
        super().__init__(window)
        self.explorer = explorer
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            e = self.explorer
            e.views.stop()
            e.picker.stop()
            e.clipping.stop()
            e.labels.set_enabled(False)
            if e.presentation.active:
                e.presentation.leave()
            e.preferences.restore_defaults_of_app()
        return False


def _free(window: MainWindow, key: str) -> str | None:
    """``key`` if no action of the window uses it yet (two actions on one key fire neither)."""
    seq = QKeySequence(key)
    for action in window.findChildren(QAction):
        if any(s == seq for s in action.shortcuts()):
            return None
    return key


def install_explore(window: MainWindow) -> Explorer:
    """Add every exploring tool to ``window``; returns them (also as ``window.explore``)."""
    sort_translucency(window.plotter)
    opacity = OpacityController(window)
    selection = Selection(window)
    picker = MousePicker(window, selection)
    views = CameraAnimator(window)
    window.views = views
    ratio = window.plotter.devicePixelRatioF() if hasattr(window.plotter, "devicePixelRatioF") else 1.0
    labels = LabelLayer(window.viewport, scale=max(1.0, ratio))
    clipping = ClipController(window, selection, labels)
    presentation = Presentation(window, views, labels)
    preferences = PreferencesController(window, labels)

    part_panel = PartPanel(opacity, selection, window)
    clip_panel = ClipPanel(clipping, window)
    info_panel = InfoPanel(selection, window)
    info_panel.isolate_button.clicked.connect(lambda: selection.part and opacity.isolate(selection.part))
    # The left column holds the part tools: Structures with See-through and Cuts as tabs (they act
    # on the parts it lists), then Information, then the scene list. The right column keeps the
    # condition, the explanation and the body map, so the window fits a 1280x800 screen.
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    window.add_dock(info_panel, left)
    window.splitDockWidget(window.structures, info_panel, Qt.Orientation.Vertical)  # before tabs
    window.add_dock(part_panel, left)
    window.add_dock(clip_panel, left)
    window.tabifyDockWidget(window.structures, part_panel)
    window.tabifyDockWidget(part_panel, clip_panel)
    window.structures.raise_()

    explorer = Explorer(
        opacity,
        selection,
        picker,
        clipping,
        views,
        labels,
        presentation,
        preferences,
        part_panel,
        clip_panel,
        info_panel,
    )
    window.explore = explorer
    _add_actions(window, explorer)
    _connect(window, explorer)
    _CloseWatcher(window, explorer)

    # Docks added after the window restored its layout: restore again so they come back too.
    state = window.settings.value("window/state")
    if state is not None:
        try:
            window.restoreState(state)
        except TypeError:
            pass
    preferences.apply(remember=False)
    if preferences.notice:
        window.settings_label = QLabel("⚠ Settings reset")
        window.settings_label.setObjectName("settings_notice")
        window.settings_label.setToolTip(preferences.notice)
        window.statusBar().addPermanentWidget(window.settings_label)
        window.statusBar().showMessage(preferences.notice, 15000)
    return explorer


def _add_actions(window: MainWindow, e: Explorer) -> None:
    add = window.add_action
    # -- see-through
    window.toolbar.addSeparator()
    xray = add(
        "View",
        "xray",
        "&X-ray",
        e.opacity.toggle_xray,
        _free(window, "X"),
        XRAY_TIP,
        toolbar=True,
        checkable=True,
    )
    e.opacity.xray_changed.connect(xray.setChecked)
    add(
        "View",
        "isolate",
        "Show &only selected part",
        lambda: e.selection.part and e.opacity.isolate(e.selection.part),
        _free(window, "I"),
        "Hide everything but the selected part",
    )
    add(
        "View", "show_all", "Show &all parts", e.opacity.show_all, _free(window, "A"), "Show every part again"
    )
    labels = add(
        "View",
        "labels",
        "&Labels",
        lambda checked=False: e.preferences.set_labels(checked),
        _free(window, "L"),
        "Name the main structures with leader lines",
        toolbar=True,
        checkable=True,
    )
    labels.setChecked(e.labels.enabled)

    # -- cuts
    cut = window.menu("View").addMenu("&Cut through disc")
    cut.setToolTipsVisible(True)
    for i, level in enumerate(DISC_LEVELS):
        a = add(
            "View",
            f"cut_{level}",
            f"{level} disc",
            lambda checked=False, lv=level: e.clipping.cut_through_disc(lv),
            _free(window, f"Ctrl+Shift+{i + 1}"),
            f"Cut across the middle of the {level} disc and look at the cut",
        )
        window.menu("View").removeAction(a)
        cut.addAction(a)
    cut.addSeparator()
    clear = add(
        "View",
        "clear_cuts",
        "&Remove cuts",
        e.clipping.clear,
        _free(window, "Ctrl+Shift+0"),
        "Show the whole model again",
    )
    window.menu("View").removeAction(clear)
    cut.addAction(clear)
    window.menus["cut"] = cut

    # -- camera: glide between presets, bookmarks, turntable
    for name in VIEWS:
        a = window.actions.get(f"view_{name}")
        if a is not None:
            a.triggered.disconnect()
            a.triggered.connect(lambda checked=False, n=name: e.views.go_to_view(n))
    if "reset_view" in window.actions:
        window.actions["reset_view"].triggered.disconnect()
        window.actions["reset_view"].triggered.connect(lambda: e.views.go_to_view(DEFAULT_VIEW))
    turn = add(
        "View",
        "turntable",
        "&Turntable",
        e.views.toggle_turntable,
        _free(window, "T"),
        "Turn the model slowly round and round (for a waiting room)",
        checkable=True,
    )
    e.views.turntable_changed.connect(turn.setChecked)
    marks = window.menu("View").addMenu("&Saved views")
    window.menus["bookmarks"] = marks
    e.views.bookmarks_changed.connect(lambda: _fill_bookmarks(window, e, marks))
    _fill_bookmarks(window, e, marks)

    # -- find
    add(
        "Edit",
        "find_part",
        "&Find a part…",
        lambda: _focus_search(e),
        QKeySequence.StandardKey.Find,
        "Find a part by name or by a word such as nerve, gel or L4",
    )
    add("Edit", "clear_selection", "Select &nothing", e.selection.clear, None, "Clear the selection")
    add(
        "Edit",
        "preferences",
        "&Preferences…",
        e.preferences.edit,
        QKeySequence.StandardKey.Preferences,
        "Font size, theme (including high contrast) and labels",
    )

    # -- presentation
    pres = add(
        "View",
        "presentation",
        "&Presentation mode",
        e.presentation.toggle,
        _free(window, "F5"),
        "Full screen with big text for a classroom; PageDown/PageUp step, Escape leaves",
        checkable=True,
    )
    pres.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    leave = add(
        "View",
        "leave_presentation",
        "Leave presentation",
        e.presentation.leave,
        "Escape",
        "Back to the normal window",
    )
    leave.setEnabled(False)
    window.menu("View").removeAction(leave)
    nxt = add(
        "Scene",
        "slide_next",
        "Next slide",
        e.presentation.next_slide,
        _free(window, "PgDown"),
        "Next step of the scene (or the next view), as a presentation clicker sends",
    )
    prv = add(
        "Scene",
        "slide_previous",
        "Previous slide",
        e.presentation.previous_slide,
        _free(window, "PgUp"),
        "Previous step of the scene (or the previous view)",
    )
    for a in (nxt, prv):
        window.menu("Scene").removeAction(a)
    for name, key, slot in (
        ("slide_next_arrow", "Down", e.presentation.next_slide),
        ("slide_previous_arrow", "Up", e.presentation.previous_slide),
    ):
        if _free(window, key):
            a = add("Scene", name, name.replace("_", " "), slot, key, "Step in presentation mode")
            window.menu("Scene").removeAction(a)
            a.setEnabled(False)


def _focus_search(e: Explorer) -> None:
    e.info_panel.show()
    e.info_panel.raise_()
    e.info_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    e.info_panel.search.selectAll()


def _fill_bookmarks(window: MainWindow, e: Explorer, menu: QMenu) -> None:
    menu.clear()
    save = menu.addAction("Save this view…")
    save.setShortcut(QKeySequence("Ctrl+D") if _free(window, "Ctrl+D") else QKeySequence())
    save.setToolTip("Remember the camera under a name")
    save.triggered.connect(lambda: _ask_bookmark(window, e))
    marks = e.views.bookmarks()
    if marks:
        menu.addSeparator()
        for name in marks:
            a = menu.addAction(name)
            a.triggered.connect(lambda checked=False, n=name: e.views.go_to_bookmark(n))
        menu.addSeparator()
        forget = menu.addMenu("Forget a view")
        for name in marks:
            a = forget.addAction(name)
            a.triggered.connect(lambda checked=False, n=name: e.views.delete_bookmark(n))


def _ask_bookmark(window: MainWindow, e: Explorer) -> None:
    name, ok = QInputDialog.getText(window, "Save this view", "Name of the view:")
    if ok and name.strip():
        saved = e.views.save_bookmark(name)
        window.statusBar().showMessage(f"Saved the view “{saved}”", 3000)


def _connect(window: MainWindow, e: Explorer) -> None:
    window.model_loaded.connect(lambda _m: e.opacity.apply())
    window.model_loaded.connect(lambda _m: e.selection.select(None))
    tree = window.structures.tree

    def tree_to_selection(current, _previous) -> None:
        pid = current.data(0, PART_ROLE) if current is not None else None
        if pid:
            e.selection.select(pid)

    def selection_to_tree(pid) -> None:
        item = window.structures.items.get(pid) if pid else None
        tree.blockSignals(True)
        if item is not None:
            tree.setCurrentItem(item)
            tree.scrollToItem(item)
        else:
            tree.setCurrentItem(None)
        tree.blockSignals(False)

    tree.currentItemChanged.connect(tree_to_selection)
    e.selection.changed.connect(selection_to_tree)

    def say(pid) -> None:
        from meshes.parts import PARTS

        if pid:
            info = PARTS.get(pid)
            window.statusBar().showMessage(f"Selected: {info.name if info else pid}", 4000)

    e.selection.changed.connect(say)
    player = getattr(window, "player", None)
    if player is not None:
        e.info_panel.role_source = lambda pid: scene_role(player, pid)
        for signal in ("step_changed", "scene_changed"):
            sig = getattr(player, signal, None)
            if sig is not None:
                sig.connect(lambda *_: e.info_panel.refresh_role())
    e.presentation.changed.connect(lambda on: window.request_render())
