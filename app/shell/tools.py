"""Puts the shell's tools into the window: preferences (font, theme, labels), presentation mode and
its slide keys, and the notice of a settings file that had to be reset.

``install_shell(ctx, views, labels)`` takes the camera animator and the label layer it works with
(handed over by the window, so this package imports no other feature) and returns :class:`Shell`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from app.i18n import translate
from app.shell.announce import Announcer
from app.shell.keyboard import add_shortcuts_action, fill_missing_keys
from app.shell.layouts import Layouts, set_tab_order
from app.shell.preferences import PreferencesController
from app.shell.presentation import Presentation
from app.shell.text_zoom import TextZoom
from app.viewer.keyboard_view import KeyboardView

if TYPE_CHECKING:
    from app.context import ViewerContext


@dataclass
class Shell:
    presentation: Presentation
    preferences: PreferencesController
    layouts: Layouts | None = None
    keyboard_view: KeyboardView | None = None  # the 3D view by keyboard, with its focus ring
    text_zoom: TextZoom | None = None
    announcer: Announcer | None = None  # what a screen reader hears without asking


def _restore(shell: Shell) -> None:
    """The window is closing: leave presentation mode, give the application its font and palette back."""
    if shell.presentation.active:
        shell.presentation.leave()
    shell.preferences.restore_defaults_of_app()


def install_shell(ctx: ViewerContext, views, labels) -> Shell:
    presentation = Presentation(ctx, views, labels)
    preferences = PreferencesController(ctx, labels)
    shell = Shell(presentation, preferences)
    _add_actions(ctx, shell, labels)
    presentation.changed.connect(lambda on: ctx.request_render())
    ctx.closing.connect(lambda: _restore(shell))
    preferences.apply(remember=False)
    shell.layouts = Layouts(ctx)
    if ctx.settings.value("window/state") is None:  # first start: the patient layout, model first
        shell.layouts.apply(shell.layouts.remembered())
    else:  # the window restores the docks as they were left; the buttons say which layout that was
        shell.layouts.actions[shell.layouts.remembered()].setChecked(True)
        set_tab_order(ctx.frame, ctx.plotter)
    shell.keyboard_view = KeyboardView(ctx.plotter, ctx.request_render)
    presentation.changed.connect(lambda on: shell.keyboard_view.set_active(not on))
    shell.text_zoom = TextZoom(ctx, lambda: presentation.active)
    shell.text_zoom.add_actions()
    shell.text_zoom.changed.connect(shell.layouts.reflow)
    shell.announcer = Announcer(ctx)
    if ctx.scene_player is not None:
        shell.announcer.follow_player(ctx.scene_player)
    add_shortcuts_action(ctx)
    fill_missing_keys(ctx)  # last: every command of every feature is in the window now
    if preferences.notice:
        notice = QLabel(translate("tools", "⚠ Settings reset"))
        notice.setObjectName("settings_notice")
        notice.setToolTip(preferences.notice)
        ctx.frame.statusBar().addPermanentWidget(notice)
        ctx.say(preferences.notice, 15000)
    return shell


def _add_actions(ctx: ViewerContext, shell: Shell, labels) -> None:
    add = ctx.add_action
    presentation, preferences = shell.presentation, shell.preferences
    shown = add(
        "View",
        "labels",
        translate("tools", "&Labels"),
        lambda checked=False: preferences.set_labels(checked),
        ctx.free_key("L"),
        translate("tools", "Name the main structures with leader lines"),
        toolbar=True,
        checkable=True,
    )
    shown.setChecked(labels.enabled)
    add(
        "Edit",
        "preferences",
        translate("tools", "&Preferences…"),
        preferences.edit,
        QKeySequence.StandardKey.Preferences,
        translate("tools", "Font size, theme (including high contrast) and labels"),
    )
    pres = add(
        "View",
        "presentation",
        translate("tools", "&Presentation mode"),
        presentation.toggle,
        ctx.free_key("F5"),
        translate("tools", "Full screen with big text for a classroom; PageDown/PageUp step, Escape leaves"),
        checkable=True,
    )
    pres.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    leave = add(
        "View",
        "leave_presentation",
        translate("tools", "Leave presentation"),
        presentation.leave,
        "Escape",
        translate("tools", "Back to the normal window"),
    )
    leave.setEnabled(False)
    ctx.menu("View").removeAction(leave)
    next_tip = translate(
        "tools", "Next step of the scene (or the next view), as a presentation clicker sends"
    )
    previous_tip = translate("tools", "Previous step of the scene (or the previous view)")
    next_text, previous_text = translate("tools", "Next slide"), translate("tools", "Previous slide")
    for name, text, key, slot, tip in (
        ("slide_next", next_text, "PgDown", presentation.next_slide, next_tip),
        ("slide_previous", previous_text, "PgUp", presentation.previous_slide, previous_tip),
    ):
        a = add("Scene", name, text, slot, ctx.free_key(key), tip)
        ctx.menu("Scene").removeAction(a)
    for name, key, slot, text in (
        ("slide_next_arrow", "Down", presentation.next_slide, next_text),
        ("slide_previous_arrow", "Up", presentation.previous_slide, previous_text),
    ):
        if ctx.free_key(key):
            a = add(
                "Scene",
                name,
                text,
                slot,
                key,
                translate("tools", "Step in presentation mode"),
            )
            ctx.menu("Scene").removeAction(a)
            a.setEnabled(False)
