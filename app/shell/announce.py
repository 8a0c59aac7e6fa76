"""What a screen reader says without being asked: the step that begins (its title and text, so a
blind user hears the scene as it plays) and which nerve roots become pressed or free.

Qt 6.8 and later send a ``QAccessibleAnnouncementEvent``; older Qt gets a name change on a live
label (the way a web page's aria-live region is read). The label stays in the status bar, where
a sighted user sees the same line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextDocument
from PySide6.QtWidgets import QLabel

from app.i18n import SIDES, translate
from scenes.symptoms import strength_words

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover (older Qt: the live label's name change is read instead)
    QAccessibleAnnouncementEvent = None

if TYPE_CHECKING:
    from app.context import ViewerContext


def plain(markdown: str) -> str:
    """Markdown as the words a screen reader should say (no asterisks or hashes)."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    return " ".join(doc.toPlainText().split())


def roots_words(pressed: Mapping[str, float]) -> str:
    """'Pressed now: left L5 root (pressed hard).' for the roots pressed above zero, hardest first."""
    keys = sorted((k for k, c in pressed.items() if c > 0), key=lambda k: -pressed[k])
    if not keys:
        return translate("Announcer", "No nerve root is pressed now.")
    parts = []
    for key in keys:
        root, _, side = key.partition(".")
        parts.append(
            translate("Announcer", "{side} {root} root ({how})").format(
                side=translate("sides", SIDES.get(side, side)),
                root=root,
                how=translate("symptoms", strength_words(pressed[key])),
            )
        )
    return translate("Announcer", "Pressed now: {roots}.").format(roots=", ".join(parts))


class Announcer(QObject):
    """Says a line to assistive technology, and shows it in the status bar's live label."""

    announced = Signal(str)

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.live = QLabel()
        self.live.setObjectName("announcement")
        self.live.setAccessibleName(translate("Announcer", "Announcements"))
        self.live.setAccessibleDescription(
            translate("Announcer", "The step that begins and the nerve roots pressed now")
        )
        self.live.setMaximumWidth(420)
        ctx.frame.statusBar().addWidget(self.live)
        self.said: list[str] = []
        self._roots: frozenset[str] | None = None

    def say(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        self.said.append(text)
        del self.said[:-50]
        self.live.setText(
            self.live.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.live.maximumWidth())
        )
        self.live.setToolTip(text)
        if QAccessibleAnnouncementEvent is not None:
            event = QAccessibleAnnouncementEvent(self.live, text)
            QAccessible.updateAccessibility(event)
        else:  # pragma: no cover
            self.live.setAccessibleName(text)
            QAccessible.updateAccessibility(QAccessibleEvent(self.live, QAccessible.Event.NameChanged))
        self.announced.emit(text)

    # ---- what is announced -------------------------------------------------------------------
    def follow_player(self, player) -> None:
        """Each step as it begins; the roots the scene presses when they change."""
        player.step_changed.connect(lambda _i: self.step(player))
        player.roots_pressed.connect(self.roots)
        player.scene_changed.connect(lambda _s: self._forget_roots())

    def step(self, player) -> None:
        frame, scene = player.frame, player.scene
        if frame is None or scene is None:
            return
        head = translate("Announcer", "Step {n} of {total}: {title}.").format(
            n=frame.step_index + 1, total=len(scene.steps), title=frame.title
        )
        self.say(f"{head} {plain(frame.text)}")

    def roots(self, pressed: Mapping[str, float]) -> None:
        """Say which roots are pressed, once each time that set of roots changes."""
        keys = frozenset(k for k, c in pressed.items() if c > 0)
        if keys == self._roots:
            return
        first = self._roots is None
        self._roots = keys
        if first and not keys:
            return  # nothing pressed at the start: nothing to say
        self.say(roots_words(pressed))

    def _forget_roots(self) -> None:
        self._roots = None
