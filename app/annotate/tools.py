"""Puts the pen into the window: the Draw menu (pen on/off, tool, colour, undo, clear), a toolbar
button, and File > Save visit… / Open visit…. What a visit shows (scene or condition) comes from
the wiring (``showing_source`` / ``apply_showing``), so this feature imports no other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.annotate.pen import Pen
from app.annotate.visit import SUFFIX, Visit, read_visit, write_visit
from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.viewer.annotations import COLOURS

if TYPE_CHECKING:
    from app.context import ViewerContext

PEN_KEY = "D"  # one key, also in presentation mode (a clicker-and-tablet classroom)


# The pen colours' names in the Draw menu (keys of app.viewer.annotations.COLOURS).
COLOUR_NAMES = {
    "red": QT_TRANSLATE_NOOP("Annotate", "Red"),
    "blue": QT_TRANSLATE_NOOP("Annotate", "Blue"),
    "green": QT_TRANSLATE_NOOP("Annotate", "Green"),
    "black": QT_TRANSLATE_NOOP("Annotate", "Black"),
}


def tr(text: str) -> str:
    return translate("Annotate", text)


class Annotate(QObject):
    """The pen and the visit file commands."""

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.pen = Pen(ctx, ask_text=self.ask_note)
        self.showing_source: Callable[[], dict[str, Any]] = dict  # set by the wiring
        self.apply_showing: Callable[[dict[str, Any]], None] | None = None
        self.last_folder = ""

    # ---- notes -------------------------------------------------------------------------------
    def ask_note(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.ctx.frame,
            translate("Annotate", "Note on the model"),
            translate("Annotate", "Text of the note (pinned where you clicked):"),
        )
        return text if ok else None

    # ---- visits ------------------------------------------------------------------------------
    def current_visit(self) -> Visit:
        cam = self.ctx.plotter.renderer.GetActiveCamera()
        camera = {
            "position": cam.GetPosition(),
            "focal_point": cam.GetFocalPoint(),
            "view_up": cam.GetViewUp(),
        }
        return Visit(self.showing_source(), camera, self.pen.marks)

    def save_visit(self, path: Path) -> None:
        write_visit(self.current_visit(), path)
        self.ctx.say(translate("Annotate", "Saved the visit to {name}.").format(name=path.name), 5000)

    def open_visit(self, path: Path) -> Visit:
        """Show what the visit showed, from its camera, with its marks (UserError if the file is bad)."""
        visit = read_visit(path)
        if self.apply_showing is not None:
            self.apply_showing(visit.showing)
        if visit.camera:
            cam = self.ctx.plotter.renderer.GetActiveCamera()
            cam.SetPosition(*visit.camera["position"])
            cam.SetFocalPoint(*visit.camera["focal_point"])
            cam.SetViewUp(*visit.camera["view_up"])
            self.ctx.plotter.renderer.ResetCameraClippingRange()
        self.pen.set_marks(visit.marks, undoable=False)
        self.pen.forget_history()
        self.ctx.say(translate("Annotate", "Opened the visit {name}.").format(name=path.name), 5000)
        return visit

    def save_visit_dialog(self) -> None:
        start = str(Path(self.last_folder or Path.home()) / f"visit{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self.ctx.frame,
            translate("Annotate", "Save visit"),
            start,
            translate("Annotate", "Visit files (*.json)"),
        )
        if name:
            path = Path(name if name.endswith(".json") else name + SUFFIX)
            self._guarded(lambda: self.save_visit(path))
            self.last_folder = str(path.parent)

    def open_visit_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.ctx.frame,
            translate("Annotate", "Open visit"),
            self.last_folder or str(Path.home()),
            translate("Annotate", "Visit files (*.json)"),
        )
        if name:
            self._guarded(lambda: self.open_visit(Path(name)))
            self.last_folder = str(Path(name).parent)

    def _guarded(self, work: Callable[[], object]) -> None:
        try:
            work()
        except UserError as exc:
            QMessageBox.warning(self.ctx.frame, translate("Annotate", "Visit"), str(exc))


def _file_action(ctx: ViewerContext, name: str, text: str, slot, shortcut: str, tip: str) -> QAction:
    """A File menu entry placed before the Export submenu (or Quit)."""
    action = ctx.add_action("File", name, text, slot, ctx.free_key(shortcut), tip)
    menu = ctx.menu("File")
    before = ctx.menus["export"].menuAction() if "export" in ctx.menus else ctx.actions.get("quit")
    if before is not None:
        menu.removeAction(action)
        menu.insertAction(before, action)
    action.setWhatsThis(tip)
    return action


def install_annotate(ctx: ViewerContext) -> Annotate:
    """Draw menu, pen button and File > Save/Open visit; returns the feature's object."""
    annotate = Annotate(ctx)
    pen = annotate.pen
    toggle = ctx.add_action(
        "Draw",
        "pen",
        translate("Annotate", "&Pen"),
        pen.toggle,
        ctx.free_key(PEN_KEY),
        translate(
            "Annotate",
            "Draw on the model with the left mouse button; a drag that starts beside the model turns it",
        ),
        toolbar=True,
        checkable=True,
    )
    pen.toggled.connect(toggle.setChecked)
    menu = ctx.menu("Draw")
    menu.addSeparator()
    tools = QActionGroup(ctx.frame)
    for key, text in (
        ("stroke", translate("Annotate", "&Freehand")),
        ("arrow", translate("Annotate", "&Arrow")),
        ("note", translate("Annotate", "&Note")),
    ):
        action = QAction(text, ctx.frame, checkable=True)
        action.setObjectName(f"pen_{key}")
        action.setChecked(key == pen.tool)
        action.triggered.connect(lambda _=False, k=key: setattr(pen, "tool", k))
        tools.addAction(action)
        menu.addAction(action)
        ctx.actions[f"pen_{key}"] = action
    menu.addSeparator()
    colours = QActionGroup(ctx.frame)
    for name, hex_colour in COLOURS.items():
        action = QAction(tr(COLOUR_NAMES.get(name, name.capitalize())), ctx.frame, checkable=True)
        action.setObjectName(f"pen_colour_{name}")
        action.setChecked(hex_colour == pen.colour)
        action.triggered.connect(lambda _=False, c=hex_colour: setattr(pen, "colour", c))
        colours.addAction(action)
        menu.addAction(action)
        ctx.actions[f"pen_colour_{name}"] = action
    menu.addSeparator()
    ctx.add_action(
        "Draw",
        "pen_undo",
        translate("Annotate", "&Undo drawing"),
        pen.undo,
        ctx.free_key(QKeySequence(QKeySequence.StandardKey.Undo).toString()),
        translate("Annotate", "Take back the last stroke, arrow, note or clear"),
    )
    ctx.add_action(
        "Draw",
        "pen_clear",
        translate("Annotate", "&Clear drawings"),
        pen.clear,
        None,
        translate("Annotate", "Remove every stroke, arrow and note (undo brings them back)"),
    )
    _file_action(
        ctx,
        "save_visit",
        translate("Annotate", "Save &visit…"),
        annotate.save_visit_dialog,
        "Ctrl+Shift+V",
        translate("Annotate", "Save what is shown and the drawings as a visit file, to open again later"),
    )
    _file_action(
        ctx,
        "open_visit",
        translate("Annotate", "&Open visit…"),
        annotate.open_visit_dialog,
        "Ctrl+Shift+O",
        translate("Annotate", "Open a saved visit: its scene or condition, its view and its drawings"),
    )
    ctx.closing.connect(lambda: pen.set_active(False))
    return annotate
