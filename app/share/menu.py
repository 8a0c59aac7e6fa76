"""File > Export in the window: the submenu (before Quit) with its shortcuts, each entry running one
of ExportTools' commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.share.dialogs import ExportTools

if TYPE_CHECKING:
    from app.context import ViewerContext


def install_exports(ctx: ViewerContext) -> ExportTools:
    """Add File > Export (before Quit); returns the tools."""
    tools = ExportTools(ctx)
    menu = QMenu(translate("menu", "&Export"), ctx.frame)
    menu.setObjectName("export_menu")
    ctx.menus["export"] = menu
    file_menu = ctx.menu("File")
    quit_action = ctx.actions.get("quit")
    if quit_action is not None:
        file_menu.insertMenu(quit_action, menu)
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addMenu(menu)
    entries = (
        (
            "save_still",
            QT_TRANSLATE_NOOP("menu", "Save &still…"),
            tools.save_still_dialog,
            "Ctrl+Shift+S",
            QT_TRANSLATE_NOOP("menu", "Save the view as a PNG picture, at screen size or up to 4K"),
        ),
        (
            "copy_view",
            QT_TRANSLATE_NOOP("menu", "&Copy view"),
            tools.copy_view,
            "Ctrl+Shift+C",
            QT_TRANSLATE_NOOP("menu", "Copy the view to the clipboard as a picture"),
        ),
        (
            "export_clip",
            QT_TRANSLATE_NOOP("menu", "Export &clip…"),
            tools.export_clip_dialog,
            "Ctrl+Shift+E",
            QT_TRANSLATE_NOOP("menu", "Make an MP4 or GIF clip of a scene, for slides"),
        ),
        (
            "export_3d",
            QT_TRANSLATE_NOOP("menu", "Export &3D model…"),
            tools.export_3d_dialog,
            "",
            QT_TRANSLATE_NOOP("menu", "Save the model as it stands as glTF, STL, OBJ or PLY"),
        ),
        (
            "save_take_home",
            QT_TRANSLATE_NOOP("menu", "Save &take-home 3D page…"),
            tools.take_home_dialog,
            "",
            QT_TRANSLATE_NOOP(
                "menu", "Save one web page with the model as shown and the drawings: it opens offline"
            ),
        ),
        None,
        (
            "print_handout",
            QT_TRANSLATE_NOOP("menu", "&Print handout…"),
            lambda: tools.handout_dialog(True),
            QKeySequence.StandardKey.Print,
            QT_TRANSLATE_NOOP("menu", "Print a one- or two-page handout for a patient"),
        ),
        (
            "save_handout",
            QT_TRANSLATE_NOOP("menu", "Save &handout as PDF…"),
            lambda: tools.handout_dialog(False),
            "",
            QT_TRANSLATE_NOOP("menu", "Save the patient handout as a PDF file"),
        ),
    )
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        name, text, slot, shortcut, tip = entry
        text, tip = translate("menu", text), translate("menu", tip)
        action = QAction(text, ctx.frame)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(translate("menu", "{tip} ({shown})").format(tip=tip, shown=shown) if shown else tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False, s=slot: s())
        menu.addAction(action)
        ctx.frame.addAction(action)  # shortcuts work in full screen too
        ctx.actions[name] = action
    return tools
