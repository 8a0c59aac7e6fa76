"""Puts the exploring tools into the window: x-ray and opacity, cuts, identify and search, camera
glides, bookmarks and turntable.

``install_explore(ctx)`` adds the panels, menus, toolbar buttons and keys and returns the
:class:`Explorer`; the window (app/window.py) places its docks beside the structures panel and
connects it to the other features. Every timer it starts is parented to the window and stopped
when the window closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from app.explore.clip_panel import ClipPanel
from app.explore.clipping import ClipController
from app.explore.info_panel import InfoPanel
from app.explore.part_panel import PartPanel
from app.explore.picking import MousePicker, Selection
from app.explore.views import CameraAnimator
from app.explore.xray import XRAY_TIP, OpacityController, sort_translucency
from app.i18n import translate
from app.viewer.labels import LabelLayer
from meshes.dimensions import DISC_LEVELS
from scenes.views import DEFAULT_VIEW, VIEWS

if TYPE_CHECKING:
    from app.context import ViewerContext


@dataclass
class Explorer:
    opacity: OpacityController
    selection: Selection
    picker: MousePicker
    clipping: ClipController
    views: CameraAnimator
    labels: LabelLayer
    part_panel: PartPanel
    clip_panel: ClipPanel
    info_panel: InfoPanel


def _stop(e: Explorer) -> None:
    """The window is closing: stop the explorer's timers and observers."""
    e.views.stop()
    e.picker.stop()
    e.clipping.stop()
    e.labels.set_enabled(False)


def install_explore(ctx: ViewerContext) -> Explorer:
    """Every exploring tool, its panels (docked on the left), menus and keys."""
    sort_translucency(ctx.plotter)
    opacity = OpacityController(ctx)
    selection = Selection(ctx)
    picker = MousePicker(ctx, selection)
    views = CameraAnimator(ctx)
    ratio = ctx.plotter.devicePixelRatioF() if hasattr(ctx.plotter, "devicePixelRatioF") else 1.0
    labels = LabelLayer(ctx.viewport, scale=max(1.0, ratio))
    clipping = ClipController(ctx, selection, labels, views)
    part_panel = PartPanel(opacity, selection, ctx.frame)
    clip_panel = ClipPanel(clipping, ctx.frame)
    info_panel = InfoPanel(selection, ctx.frame)
    info_panel.isolate_button.clicked.connect(lambda: selection.part and opacity.isolate(selection.part))
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    for dock in (info_panel, part_panel, clip_panel):
        ctx.add_dock(dock, left)
    explorer = Explorer(
        opacity, selection, picker, clipping, views, labels, part_panel, clip_panel, info_panel
    )
    _add_actions(ctx, explorer)
    _connect(ctx, explorer)
    ctx.closing.connect(lambda: _stop(explorer))
    return explorer


def _add_actions(ctx: ViewerContext, e: Explorer) -> None:
    add = ctx.add_action
    # -- see-through
    ctx.toolbar.addSeparator()
    xray = add(
        "View",
        "xray",
        translate("tools", "&X-ray"),
        e.opacity.toggle_xray,
        ctx.free_key("X"),
        translate("xray", XRAY_TIP),
        toolbar=True,
        checkable=True,
    )
    e.opacity.xray_changed.connect(xray.setChecked)
    add(
        "View",
        "isolate",
        translate("tools", "Show &only selected part"),
        lambda: e.selection.part and e.opacity.isolate(e.selection.part),
        ctx.free_key("I"),
        translate("tools", "Hide everything but the selected part"),
    )
    add(
        "View",
        "show_all",
        translate("tools", "Show &all parts"),
        e.opacity.show_all,
        ctx.free_key("A"),
        translate("tools", "Show every part again"),
    )
    # -- cuts
    cut = ctx.menu("View").addMenu(translate("tools", "&Cut through disc"))
    cut.setToolTipsVisible(True)
    for i, level in enumerate(DISC_LEVELS):
        a = add(
            "View",
            f"cut_{level}",
            translate("tools", "{level} disc").format(level=level),
            lambda checked=False, lv=level: e.clipping.cut_through_disc(lv),
            ctx.free_key(f"Ctrl+Shift+{i + 1}"),
            translate("tools", "Cut across the middle of the {level} disc and look at the cut").format(
                level=level
            ),
        )
        ctx.menu("View").removeAction(a)
        cut.addAction(a)
    cut.addSeparator()
    clear = add(
        "View",
        "clear_cuts",
        translate("tools", "&Remove cuts"),
        e.clipping.clear,
        ctx.free_key("Ctrl+Shift+0"),
        translate("tools", "Show the whole model again"),
    )
    ctx.menu("View").removeAction(clear)
    cut.addAction(clear)
    ctx.menus["cut"] = cut

    # -- camera: glide between presets, bookmarks, turntable
    for name in VIEWS:
        a = ctx.actions.get(f"view_{name}")
        if a is not None:
            a.triggered.disconnect()
            a.triggered.connect(lambda checked=False, n=name: e.views.go_to_view(n))
    if "reset_view" in ctx.actions:
        ctx.actions["reset_view"].triggered.disconnect()
        ctx.actions["reset_view"].triggered.connect(lambda: e.views.go_to_view(DEFAULT_VIEW))
    turn = add(
        "View",
        "turntable",
        translate("tools", "&Turntable"),
        e.views.toggle_turntable,
        ctx.free_key("T"),
        translate("tools", "Turn the model slowly round and round (for a waiting room)"),
        checkable=True,
    )
    e.views.turntable_changed.connect(turn.setChecked)
    marks = ctx.menu("View").addMenu(translate("tools", "&Saved views"))
    ctx.menus["bookmarks"] = marks
    e.views.bookmarks_changed.connect(lambda: _fill_bookmarks(ctx, e, marks))
    _fill_bookmarks(ctx, e, marks)

    # -- find
    add(
        "Edit",
        "find_part",
        translate("tools", "&Find a part…"),
        lambda: _focus_search(e),
        QKeySequence.StandardKey.Find,
        translate("tools", "Find a part by name or by a word such as nerve, gel or L4"),
    )
    add(
        "Edit",
        "clear_selection",
        translate("tools", "Select &nothing"),
        e.selection.clear,
        None,
        translate("tools", "Clear the selection"),
    )


def _focus_search(e: Explorer) -> None:
    e.info_panel.show()
    e.info_panel.raise_()
    e.info_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    e.info_panel.search.selectAll()


def _fill_bookmarks(ctx: ViewerContext, e: Explorer, menu: QMenu) -> None:
    menu.clear()
    save = menu.addAction(translate("tools", "Save this view…"))
    save.setShortcut(QKeySequence("Ctrl+D") if ctx.free_key("Ctrl+D") else QKeySequence())
    save.setToolTip(translate("tools", "Remember the camera under a name"))
    save.triggered.connect(lambda: _ask_bookmark(ctx, e))
    marks = e.views.bookmarks()
    if marks:
        menu.addSeparator()
        for name in marks:
            a = menu.addAction(name)
            a.triggered.connect(lambda checked=False, n=name: e.views.go_to_bookmark(n))
        menu.addSeparator()
        forget = menu.addMenu(translate("tools", "Forget a view"))
        for name in marks:
            a = forget.addAction(name)
            a.triggered.connect(lambda checked=False, n=name: e.views.delete_bookmark(n))


def _ask_bookmark(ctx: ViewerContext, e: Explorer) -> None:
    name, ok = QInputDialog.getText(
        ctx.frame, translate("tools", "Save this view"), translate("tools", "Name of the view:")
    )
    if ok and name.strip():
        saved = e.views.save_bookmark(name)
        ctx.say(translate("tools", "Saved the view “{saved}”").format(saved=saved), 3000)


def _connect(ctx: ViewerContext, e: Explorer) -> None:
    ctx.model_loaded.connect(lambda _m: e.opacity.apply())
    ctx.model_loaded.connect(lambda _m: e.selection.select(None))

    def say(pid) -> None:
        from meshes.parts import PARTS

        if pid:
            info = PARTS.get(pid)
            ctx.say(translate("tools", "Selected: {value}").format(value=info.name if info else pid), 4000)

    e.selection.changed.connect(say)

    e.selection.changed.connect(say)
