"""Ctrl+= and Ctrl+- make every text of the window bigger or smaller (the explanation, the labels,
the panels, the 3D view's labels), Ctrl+0 puts it back: for low vision, or a screen seen from
afar. It uses presentation mode's scaling (app/shell/presentation_text.py), undone before each
new size so sizes never compound.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from app.i18n import translate
from app.shell.presentation_text import body_font_px, scale_text

if TYPE_CHECKING:
    from app.context import ViewerContext

STEP = 1.25
LEVELS = (-2, 6)  # 0.64x to 3.8x the normal text


class TextZoom(QObject):
    """The window's text size, in steps of 25%."""

    changed = Signal(float)  # the factor

    def __init__(self, ctx: ViewerContext, blocked: Callable[[], bool] = lambda: False) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.blocked = blocked  # presentation mode sets its own text size
        self.level = 0
        self._base_px = 0
        self._undo: Callable[[], None] | None = None

    @property
    def factor(self) -> float:
        return STEP**self.level

    def set_level(self, level: int) -> None:
        if self.blocked():
            why = translate("TextZoom", "Leave presentation mode to change the text size")
            self.ctx.say(why, 4000)
            return
        level = max(LEVELS[0], min(LEVELS[1], level))
        if self._undo is not None:
            self._undo()
            self._undo = None
        else:
            self._base_px = body_font_px(self.ctx.frame)
        self.level = level
        if level:
            self._undo = scale_text(self.ctx.frame, round(self._base_px * self.factor), self.ctx.text_scalers)
        self.ctx.request_render()
        shown = translate("TextZoom", "Text size {percent}%")
        shown = shown.format(percent=round(100 * self.factor))
        self.ctx.say(shown, 2000)
        self.changed.emit(self.factor)

    def add_actions(self) -> None:
        add = self.ctx.add_action
        bigger = add(
            "View",
            "text_bigger",
            translate("TextZoom", "&Bigger text"),
            lambda: self.set_level(self.level + 1),
            "Ctrl+=",
            translate("TextZoom", "Make every text of the window bigger"),
        )
        bigger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        add(
            "View",
            "text_smaller",
            translate("TextZoom", "&Smaller text"),
            lambda: self.set_level(self.level - 1),
            "Ctrl+-",
            translate("TextZoom", "Make every text of the window smaller"),
        )
        add(
            "View",
            "text_normal",
            translate("TextZoom", "&Normal text size"),
            lambda: self.set_level(0),
            "Ctrl+0",
            translate("TextZoom", "Put every text back to its normal size"),
        )
