"""The window's two arrangements of its panels, so the 3D model comes first: a patient layout (the
view, the explanation and the scene list) and a clinician layout (the same plus the condition
dials, the body map and the part tools). Both keep every panel in one column on the right, its
docks stacked as tabs, so the view keeps at least 60% of a 1280x800 or 1366x768 window's width.

The docks are found by their object names (each feature names its dock for QSettings), so this
module imports no feature. The window saves the docks' state on closing and restores it on the
next start; the layout chosen last is remembered beside it (``window/layout``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.i18n import translate

if TYPE_CHECKING:
    from app.context import ViewerContext

KEY_LAYOUT = "window/layout"
PANEL_SHARE = 0.34  # of the window's width, for the one column of panels: the view keeps the rest
PANEL_WIDTH_RANGE = (300, 480)  # pixels: readable text, and no wider on a big screen
PANEL_HEIGHT_SHARE = 0.5  # of the column, the most a panel's controls may claim before it scrolls
TAB_BAR_PX = 32  # room for the tabs under a group of docks


@dataclass(frozen=True)
class Layout:
    """Which docks show, in two groups stacked in the right column; each group's docks are tabs,
    the first in front."""

    name: str
    top: tuple[str, ...]
    bottom: tuple[str, ...]
    key: str
    top_share: float = 0.6  # of the column's height, for the upper group

    @property
    def docks(self) -> tuple[str, ...]:
        return self.top + self.bottom


LAYOUTS: dict[str, Layout] = {
    "patient": Layout("patient", ("text_panel",), ("player_panel",), "Ctrl+1", top_share=0.7),
    "clinician": Layout(
        "clinician",
        ("condition_panel", "text_panel"),
        (
            "body_map_panel",
            "mri_panel",
            "player_panel",
            "structures_panel",
            "part_panel",
            "clipping_panel",
            "info_panel",
        ),
        "Ctrl+2",
    ),
}
DEFAULT_LAYOUT = "patient"


def layout_title(name: str) -> str:
    titles = {
        "patient": translate("Layouts", "Patient layout"),
        "clinician": translate("Layouts", "Clinician layout"),
    }
    return titles[name]


def layout_tip(name: str) -> str:
    tips = {
        "patient": translate(
            "Layouts", "The model big, with the explanation and the list of scenes beside it"
        ),
        "clinician": translate(
            "Layouts", "Adds the condition dials, the body map, measurements and the part tools"
        ),
    }
    return tips[name]


def panel_width(window_width: int) -> int:
    lo, hi = PANEL_WIDTH_RANGE
    return max(lo, min(hi, round(window_width * PANEL_SHARE)))


class Layouts(QObject):
    """Arranges the docks for a layout; View > Patient layout / Clinician layout (and the toolbar)."""

    changed = Signal(str)

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.current = ""
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        ctx.toolbar.addSeparator()
        for name, layout in LAYOUTS.items():
            action = ctx.add_action(
                "View",
                f"layout_{name}",
                layout_title(name),
                lambda checked=False, n=name: self.apply(n),
                ctx.free_key(layout.key),
                layout_tip(name),
                toolbar=True,
                checkable=True,
            )
            group.addAction(action)
            self.actions[name] = action

    def watch_tabs(self) -> None:
        """A dock behind another's tab stays 'visible' to Qt, only moved off-screen, so Tab would
        walk into controls nobody can see: its body is hidden while its tab is not in front."""
        for dock in self.docks().values():
            if dock.property("tabs_watched"):
                continue
            dock.setProperty("tabs_watched", True)
            self._name_title_buttons(dock)
            dock.visibilityChanged.connect(lambda shown, d=dock: self._in_front(d, shown))

    def set_scrolling(self, on: bool) -> None:
        """Bigger text (Ctrl+=): each panel's body in a scroll area, so what no longer fits scrolls
        instead of being cut off or pushing the panels over each other; at the normal size the
        panels hold their controls as they are."""
        for dock in self.docks().values():
            body = dock.widget()
            if body is None or isinstance(body, QScrollArea) == on:
                continue
            if on:
                area = QScrollArea(dock)
                area.setObjectName(f"{dock.objectName()}_scroll")
                area.setFrameShape(QFrame.Shape.NoFrame)
                area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                area.setWidgetResizable(True)
                area.setWidget(body)
                dock.setWidget(area)
                self._fit(dock)
            else:
                inner = body.takeWidget()
                dock.setWidget(inner)
                inner.show()
                body.deleteLater()

    def _fit(self, dock: QDockWidget) -> None:
        """The panel is at least as wide and tall as its controls need, up to the widest column
        and a share of the column's height; beyond that it scrolls."""
        area = dock.widget()
        if isinstance(area, QScrollArea) and area.widget() is not None:
            need = area.widget().minimumSizeHint()
            bar = area.verticalScrollBar().sizeHint().width()
            area.setMinimumWidth(min(need.width() + bar, PANEL_WIDTH_RANGE[1]))
            area.setMinimumHeight(min(need.height(), round(self.ctx.plotter.height() * PANEL_HEIGHT_SHARE)))

    def reflow(self, factor: float = 1.0) -> None:
        """After the text size changed: scrolling panels while the text is bigger than normal,
        and the column split again between the two groups (the tabs in front stay in front)."""
        self.set_scrolling(factor > 1.0)
        for dock in self.docks().values():
            self._fit(dock)
        if not self.current:
            return
        front = [d for d in self.docks().values() if d.isVisible() and d.widget() and d.widget().isVisible()]
        self.apply(self.current)
        for dock in front:
            dock.raise_()

    @staticmethod
    def _in_front(dock: QDockWidget, shown: bool) -> None:
        """Hide the body of a dock whose tab is behind another's (a dock hidden as a whole keeps
        its body as it is: nothing of it shows anyway)."""
        behind = not shown and not dock.isHidden()
        if dock.widget() is not None:
            dock.widget().setVisible(not behind)
        for button in dock.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_dockwidget_"):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus if behind else Qt.FocusPolicy.TabFocus)

    @staticmethod
    def _name_title_buttons(dock: QDockWidget) -> None:
        """The dock's float and close buttons: by Tab too, named for their panel ('Close' alone
        does not say what closes)."""
        title = dock.windowTitle()
        for name, text in (
            ("qt_dockwidget_floatbutton", translate("Layouts", "Detach the {panel} panel")),
            ("qt_dockwidget_closebutton", translate("Layouts", "Close the {panel} panel")),
        ):
            button = dock.findChild(QAbstractButton, name)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setAccessibleName(text.format(panel=title))
                button.setToolTip(text.format(panel=title))

    def docks(self) -> dict[str, QDockWidget]:
        return {d.objectName(): d for d in self.ctx.frame.findChildren(QDockWidget) if d.objectName()}

    def remembered(self) -> str:
        name = self.ctx.settings.value(KEY_LAYOUT)
        return name if isinstance(name, str) and name in LAYOUTS else DEFAULT_LAYOUT

    def apply(self, name: str) -> None:
        """Show the docks of layout ``name`` in the right column, hide the others."""
        layout = LAYOUTS[name]
        frame = self.ctx.frame
        size = frame.size()  # docks stacked for a moment (before they become tabs) can stretch it
        self.watch_tabs()
        docks = self.docks()
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in docks.values():
            if dock.objectName() not in layout.docks:
                dock.hide()
        groups = [[docks[n] for n in group if n in docks] for group in (layout.top, layout.bottom)]
        groups = [g for g in groups if g]
        for dock in (d for g in groups for d in g):  # out of their old tabs and places first
            frame.removeDockWidget(dock)
            dock.setFloating(False)
        for group in groups:  # the right area stacks its docks from the top down
            frame.addDockWidget(right, group[0], Qt.Orientation.Vertical)
            group[0].show()
        placed = [g[0] for g in groups]
        frame.resizeDocks(placed, [panel_width(frame.width())] * len(placed), Qt.Orientation.Horizontal)
        if len(placed) == 2:  # the column is as tall as the view; each group of tabs has its tab bar
            tab_bars = sum(TAB_BAR_PX for g in groups if len(g) > 1)
            height = max(self.ctx.plotter.height() - tab_bars - 8, 200)
            top = round(height * layout.top_share)
            frame.resizeDocks(placed, [top, height - top], Qt.Orientation.Vertical)
        for group in groups:  # shown before they are tabbed, so Qt lays the tab bars out at once
            for dock in group[1:]:
                frame.addDockWidget(right, dock, Qt.Orientation.Vertical)
                dock.show()
                frame.tabifyDockWidget(group[0], dock)
            group[0].raise_()
        if frame.size() != size and not (frame.isMaximized() or frame.isFullScreen()):
            frame.resize(size)
        for bar in frame.findChildren(QToolBar):
            if bar.objectName() in ("views_toolbar", "playback_toolbar"):
                bar.show()
        for bar in frame.findChildren(QTabBar):  # the tabs Qt makes for docks stacked together
            if not isinstance(bar.parent(), QTabWidget):
                bar.setAccessibleName(translate("Layouts", "Panels"))
                empty = bar.count() == 0  # (Qt keeps an empty one off-screen)
                bar.setFocusPolicy(Qt.FocusPolicy.NoFocus if empty else Qt.FocusPolicy.TabFocus)
        set_tab_order(frame, self.ctx.plotter)
        for group in groups:
            for dock in group[1:]:
                self._in_front(dock, False)  # behind group[0]'s tab
        self.current = name
        self.actions[name].setChecked(True)
        self.ctx.settings.setValue(KEY_LAYOUT, name)
        self.changed.emit(name)


def focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def tab_chain(frame: QMainWindow, view: QWidget) -> list[QWidget]:
    """The order Tab visits the controls: the 3D view, then the panels from the top of the right
    column down (each dock's controls in reading order), then the toolbars."""
    chain = [view]
    docks = [
        d
        for d in frame.findChildren(QDockWidget)
        if frame.dockWidgetArea(d) != Qt.DockWidgetArea.NoDockWidgetArea
    ]
    docks.sort(
        key=lambda d: (
            d.isHidden(),
            d.mapTo(frame, d.rect().topLeft()).x(),
            d.mapTo(frame, d.rect().topLeft()).y(),
        )
    )
    for dock in docks:
        body = dock.widget()
        if body is not None:
            controls = [
                w
                for w in body.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is frame  # (not a popup)
            ]
            controls.sort(key=lambda w: (w.mapTo(body, QPoint(0, 0)).y(), w.mapTo(body, QPoint(0, 0)).x()))
            chain.extend(controls)  # in reading order: top to bottom, left to right
        chain.extend(
            b
            for b in dock.findChildren(QAbstractButton)
            if b.objectName().startswith("qt_dockwidget_") and b.focusPolicy() & Qt.FocusPolicy.TabFocus
        )
    for bar in frame.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            if button.defaultAction() is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by Tab, not taken by a click
                chain.append(button)
    return chain


def set_tab_order(frame: QMainWindow, view: QWidget) -> list[QWidget]:
    chain = tab_chain(frame, view)
    for a, b in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(a, b)
    return chain
