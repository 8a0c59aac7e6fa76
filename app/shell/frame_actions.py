"""The window's own commands: Quit, the named views (and their toolbar buttons), Reset view, Full
screen, the View > Panels menu and About. The window hands over what they call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from app.shell.about import APP_NAME
from scenes.views import VIEWS

if TYPE_CHECKING:
    from app.context import ViewerContext


def add_window_actions(
    ctx: ViewerContext,
    structures,
    quit: Callable[[], object],
    show_view: Callable[[str], None],
    reset_view: Callable[[], None],
    toggle_full_screen: Callable[[], None],
    show_about: Callable[[], None],
) -> None:
    ctx.add_action("File", "quit", "&Quit", quit, QKeySequence.StandardKey.Quit, "Close the viewer")
    for view in VIEWS.values():
        ctx.add_action(
            "View",
            f"view_{view.name}",
            view.label,
            lambda checked=False, n=view.name: show_view(n),
            view.key,
            f"Look at the spine: {view.label.lower()}",
            toolbar=True,
        )
    ctx.menus["View"].addSeparator()
    ctx.add_action("View", "reset_view", "&Reset view", reset_view, "R", "Back to the starting view")
    ctx.toolbar.addSeparator()
    ctx.toolbar.addAction(ctx.actions["reset_view"])
    ctx.add_action(
        "View", "full_screen", "&Full screen", toggle_full_screen, "F11",
        "Fill the screen with the viewer (for a projector)", checkable=True,
    )  # fmt: skip
    ctx.menus["View"].addSeparator()
    ctx.menus["panels"] = ctx.menus["View"].addMenu("&Panels")
    ctx.menus["panels"].addAction(structures.toggleViewAction())
    ctx.menus["panels"].addAction(ctx.toolbar.toggleViewAction())
    ctx.add_action(
        "Help", "about", f"&About {APP_NAME}", show_about, QKeySequence.StandardKey.HelpContents,
        "What this program is, and why it is not medical advice",
    )  # fmt: skip
