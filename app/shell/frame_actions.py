"""The window's own commands: Quit, the named views (and their toolbar buttons), Reset view, Full
screen, the View > Panels menu and About. The window hands over what they call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from app.i18n import translate
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
    ctx.add_action(
        "File",
        "quit",
        translate("frame_actions", "&Quit"),
        quit,
        QKeySequence.StandardKey.Quit,
        translate("frame_actions", "Close the viewer"),
    )
    for view in VIEWS.values():
        ctx.add_action(
            "View",
            f"view_{view.name}",
            translate("views", view.label),
            lambda checked=False, n=view.name: show_view(n),
            view.key,
            translate("frame_actions", "Look at the spine: {lower}").format(
                lower=translate("views", view.label).lower()
            ),
            toolbar=True,
        )
    ctx.menus["View"].addSeparator()
    ctx.add_action(
        "View",
        "reset_view",
        translate("frame_actions", "&Reset view"),
        reset_view,
        "R",
        translate("frame_actions", "Back to the starting view"),
    )
    ctx.toolbar.addSeparator()
    ctx.toolbar.addAction(ctx.actions["reset_view"])
    ctx.add_action(
        "View", "full_screen", translate("frame_actions", "&Full screen"), toggle_full_screen, "F11",
        translate("frame_actions", "Fill the screen with the viewer (for a projector)"), checkable=True,
    )  # fmt: skip
    ctx.menus["View"].addSeparator()
    ctx.menus["panels"] = ctx.menus["View"].addMenu(translate("frame_actions", "&Panels"))
    ctx.menus["panels"].addAction(structures.toggleViewAction())
    ctx.menus["panels"].addAction(ctx.toolbar.toggleViewAction())
    ctx.add_action(
        "Help",
        "about",
        translate("frame_actions", "&About {APP_NAME}").format(APP_NAME=APP_NAME),
        show_about,
        QKeySequence.StandardKey.HelpContents,
        translate("frame_actions", "What this program is, and why it is not medical advice"),
    )
