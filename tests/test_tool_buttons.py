"""The window's tool buttons follow their actions without piling up signal connections (issue 12:
Qt 6 connects a tool button to its action's ``changed`` signal again on every change)."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QToolButton

CHANGED = SIGNAL("changed()")


def _buttons(window) -> list[QToolButton]:
    return [b for b in window.findChildren(QToolButton) if b.defaultAction() is not None]


def test_changing_actions_adds_no_connections(make_window, qtbot):
    window = make_window()
    buttons = _buttons(window)
    names = {b.defaultAction().objectName() for b in buttons}
    assert {"play_pause", "next_step", "view_left", "reset_view"} <= names, names  # transport, views
    before = {
        b.objectName() + b.defaultAction().objectName(): b.defaultAction().receivers(CHANGED) for b in buttons
    }
    window.panels.playing.player.set_scene("healthy_tour")
    play = window.actions["play_pause"]
    for _ in range(15):
        play.trigger()  # play, then pause: the action's icon and tooltip change each time
        for b in buttons:
            action = b.defaultAction()
            tip = action.toolTip()
            action.setToolTip(tip + " ")
            action.setToolTip(tip)
    qtbot.wait(20)
    after = {
        b.objectName() + b.defaultAction().objectName(): b.defaultAction().receivers(CHANGED) for b in buttons
    }
    assert after == before


def test_buttons_still_show_their_action(make_window, qtbot):
    window = make_window()
    window.panels.playing.player.set_scene("healthy_tour")
    play = window.actions["play_pause"]
    button = next(b for b in _buttons(window) if b.defaultAction() is play)
    idle_tip = button.toolTip()
    play.trigger()
    qtbot.waitUntil(lambda: window.panels.playing.player.playing, timeout=5000)
    assert button.toolTip() == play.toolTip()
    assert button.icon().cacheKey() == play.icon().cacheKey()
    play.trigger()
    assert button.toolTip() == play.toolTip() != idle_tip  # "Play…" after a pause, not "Play or pause…"
    step = window.actions["next_step"]
    step_buttons = [b for b in _buttons(window) if b.defaultAction() is step]
    assert len(step_buttons) == 2  # on the toolbar and under the scene list
    step.setEnabled(False)
    assert not any(b.isEnabled() for b in step_buttons)
    step.setEnabled(True)
    assert all(b.isEnabled() for b in step_buttons)
    step.setCheckable(True)  # (none is checkable today; a button follows if one becomes so)
    step.setChecked(True)
    assert all(b.isCheckable() and b.isChecked() for b in step_buttons)


def test_play_and_pause_reuse_their_icons(make_window, qtbot):
    """A new standard icon on every play/pause made new cached pixmaps each time it was painted
    (2.2 kB a toggle, 25 MB over 20,000); the panel makes its two icons once."""
    window = make_window()
    window.panels.playing.player.set_scene("healthy_tour")
    play = window.actions["play_pause"]
    keys: dict[bool, set[int]] = {False: set(), True: set()}
    for _ in range(4):
        play.trigger()
        keys[window.panels.playing.player.playing].add(play.icon().cacheKey())
    assert len(keys[True]) == 1 and len(keys[False]) == 1, keys
    assert keys[True] != keys[False]  # still a pause icon while playing and a play icon after
