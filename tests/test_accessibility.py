"""Keyboard and screen reader (issue 15, part 2), driven on the real window: every interactive
widget has an accessible name and description, Tab and Shift+Tab reach every control with a
visible focus ring, the 3D view turns, zooms and pans by keys, steps and pressed roots are
announced, every command has a key listed in Help > Keyboard shortcuts, each theme's text meets
WCAG AA contrast (4.5:1) in the window's real palettes and pixels, and Ctrl+=/Ctrl+- scale the
text without clipping."""

from __future__ import annotations

import numpy as np
import pytest
from coloraide import Color
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.shell.keyboard import ShortcutsDialog, plain_text, window_actions
from app.shell.presentation_text import pixel_size
from app.shell.stored_prefs import THEMES

INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QTextEdit,
    QTabBar,
)
AA = 4.5


@pytest.fixture
def started(make_window, qtbot):
    from app import wiring

    def make(layout="patient"):
        window = make_window()
        window.install_tools()
        wiring.first_scene_at_start(window.panels.playing.player)
        window.actions[f"layout_{layout}"].trigger()
        QApplication.processEvents()
        return window

    return make


def on_screen(window, w: QWidget) -> bool:
    """Shown, with some of it inside the window (Qt keeps an empty dock tab bar off-screen)."""
    if not w.isVisible() or w.width() <= 1 or w.height() <= 1:
        return False
    top_left = w.mapTo(window, QPoint(0, 0))
    return QRect(top_left, w.size()).intersects(window.rect())


def controls(window) -> list[QWidget]:
    """The interactive widgets a user sees (a text view's scroll bars belong to the view)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar) and on_screen(window, w)
    ] + [window.plotter]


def accessible(w: QWidget, what=QAccessible.Text.Name) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(what) if iface is not None else "").strip()


@pytest.mark.parametrize("layout", ["patient", "clinician"])
def test_every_control_has_an_accessible_name_and_description(started, layout):
    window = started(layout)
    shown = controls(window)
    assert len(shown) >= (25 if layout == "patient" else 35)
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in shown if not accessible(w)]
    assert not unnamed
    undescribed = [
        f"{type(w).__name__} {w.objectName()} '{accessible(w)}'"
        for w in shown
        if not accessible(w, QAccessible.Text.Description)
        and not isinstance(w, QTabBar)  # a tab bar's tabs are its description
    ]
    assert not undescribed


def _walk(window, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        now = QApplication.focusWidget()
        if now is None or now in seen:
            break
        seen.append(now)
    return seen


@pytest.mark.parametrize("layout", ["patient", "clinician"])
def test_tab_and_shift_tab_reach_every_control_in_order(started, qtbot, layout):
    window = started(layout)
    window.activateWindow()
    window.plotter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.plotter)
    forward = _walk(window, qtbot, Qt.Key.Key_Tab)
    assert forward[-1] is window.plotter  # round the whole chain and back to the view
    reached = set(forward)
    missed = [
        f"{type(w).__name__} {w.objectName()} '{accessible(w)}'"
        for w in controls(window)
        if w.isEnabled()
        and w not in reached
        and not any(w.isAncestorOf(r) or r.isAncestorOf(w) for r in reached)
        and not (isinstance(w, QAbstractButton) and w.group() and reached & set(w.group().buttons()))
        and not isinstance(w, QTabBar)  # dock tabs: Ctrl+Alt+letter shows each panel
    ]
    assert not missed
    # a sensible order: the view, the explanation, its steps, then the scenes and their controls
    first = [w.objectName() for w in forward[:3]]
    assert first[:2] == ["step_text", "step_list"] or first[0] in ("findings_text", "condition_box")
    # Shift+Tab walks the same chain backwards
    window.plotter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.plotter)
    backward = _walk(window, qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert backward == [*reversed(forward[:-1]), window.plotter]


def _grab(w: QWidget) -> np.ndarray:
    image = w.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    return (
        np.frombuffer(image.constBits(), np.uint8)
        .reshape(image.height(), image.bytesPerLine())[:, : 3 * image.width()]
        .reshape(image.height(), image.width(), 3)
    )


def test_focus_shows_a_ring_on_the_view_and_on_a_button(started, qtbot):
    window = started()
    window.activateWindow()
    window.plotter.setFocus()
    qtbot.waitUntil(lambda: window.tools.shell.keyboard_view.ring.shown)
    window.plotter.render()
    image = window.plotter.screenshot(return_img=True)
    edge = np.concatenate([image[:3].reshape(-1, 3), image[-3:].reshape(-1, 3)])
    amber = (edge[:, 0] > 200) & (edge[:, 1] > 150) & (edge[:, 2] < 120)
    assert amber.mean() > 0.9  # the ring runs along the edge
    button = window.panels.playing.panel.buttons["scene_start"]
    ring = np.array(button.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3])

    def ring_pixels() -> int:  # the style's focus frame is drawn in the highlight colour
        return int((np.abs(_grab(button).astype(int) - ring).sum(axis=2) < 90).sum())

    assert ring_pixels() < 10
    for _ in range(80):  # Tab from the view to the button, as a keyboard user does
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    assert not window.tools.shell.keyboard_view.ring.shown
    qtbot.waitUntil(lambda: ring_pixels() > 2 * (button.width() + button.height()) * 0.5, timeout=3000)


def test_the_focused_view_turns_zooms_and_pans_with_the_keys(started, qtbot):
    window = started()
    window.activateWindow()
    window.plotter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.plotter)
    camera = window.plotter.renderer.GetActiveCamera()
    step = window.panels.playing.player.step_index

    def pose():
        return np.array(camera.GetPosition()), np.array(camera.GetFocalPoint()), camera.GetViewAngle()

    p0, f0, a0 = pose()
    qtbot.keyClick(window.plotter, Qt.Key.Key_Right)
    p1, f1, _ = pose()
    assert np.allclose(f1, f0) and np.linalg.norm(p1 - p0) > 1.0  # turned round the focal point
    assert np.isclose(np.linalg.norm(p1 - f1), np.linalg.norm(p0 - f0))
    qtbot.keyClick(window.plotter, Qt.Key.Key_Up)
    assert not np.allclose(pose()[0], p1)
    qtbot.keyClick(window.plotter, Qt.Key.Key_Plus)
    assert pose()[2] < a0  # zoomed in
    qtbot.keyClick(window.plotter, Qt.Key.Key_Minus)
    assert np.isclose(pose()[2], a0)
    _, f2, _ = pose()
    qtbot.keyClick(window.plotter, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert np.linalg.norm(pose()[1] - f2) > 1.0  # moved
    assert window.panels.playing.player.step_index == step  # the arrows were the view's, not the scene's
    qtbot.keyClick(window.plotter, Qt.Key.Key_PageDown)
    assert window.panels.playing.player.step_index == step + 1  # the scene still steps from the view


def test_steps_and_pressed_roots_are_announced(started, qtbot):
    window = started()
    announcer = window.tools.shell.announcer
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.go_to_step(1)
    QApplication.processEvents()
    frame = window.panels.playing.player.frame
    said = announcer.said[-1]
    assert said.startswith(f"Step 2 of {len(window.panels.playing.player.scene.steps)}: {frame.title}")
    assert "**" not in said and len(said) > len(frame.title) + 40  # the step's text, as plain words
    assert announcer.live.accessibleName() and said[:20] in announcer.live.toolTip()
    window.panels.playing.player.go_to_end()
    qtbot.waitUntil(lambda: any("Pressed now:" in s and "L5 root" in s for s in announcer.said))
    assert any("left L5 root" in s for s in announcer.said)


def test_every_command_has_a_key_listed_in_the_shortcuts_dialog(started, qtbot):
    window = started("clinician")
    actions = window_actions(window)
    assert len(actions) >= 50
    keyless = [plain_text(a) for a in actions if not a.shortcuts()]
    assert not keyless
    keys = [s.toString() for a in actions for s in a.shortcuts()]
    assert len(keys) == len(set(keys)), "two commands on one key fire neither"
    dialog = ShortcutsDialog(window)
    table = dialog.table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    for a in actions:
        listed = ", ".join(s.toString(s.SequenceFormat.NativeText) for s in a.shortcuts())
        assert (plain_text(a), listed) in rows
    assert any("3D view" in table.item(r, 0).text() for r in range(table.rowCount()))
    assert "Keyboard shortcuts" in window.actions["keyboard_shortcuts"].text()
    dialog.deleteLater()


def ratio(a: QColor, b: QColor) -> float:
    return Color(a.name()).contrast(Color(b.name()), method="wcag21")


ROLE_PAIRS = {
    "label": (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    "button": (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    "view": (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    "selection": (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    "hint": (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
}


def _kind(w: QWidget) -> list[str]:
    if isinstance(w, QAbstractItemView):
        return ["view", "selection"]
    if isinstance(w, QLineEdit):
        return ["view", "hint"]
    if isinstance(w, QTextEdit):
        return ["view"]
    if isinstance(w, QAbstractButton | QComboBox | QTabBar):
        return ["button"]
    return ["label"]


def _text_pixels_contrast(w: QWidget) -> float:
    """The contrast of drawn text: the widget's commonest colour (its background) against the
    colour farthest from it in luminance among the pixels (the text's solid middle)."""
    rgb = _grab(w).reshape(-1, 3)
    colours, counts = np.unique(rgb, axis=0, return_counts=True)
    back = colours[counts.argmax()]
    lum = rgb @ np.array([0.2126, 0.7152, 0.0722])
    back_lum = back @ np.array([0.2126, 0.7152, 0.0722])
    text = rgb[np.abs(lum - back_lum).argmax()]
    return ratio(QColor(*map(int, back)), QColor(*map(int, text)))


@pytest.mark.parametrize("theme", list(THEMES))
def test_text_and_controls_meet_wcag_aa_contrast_in_every_theme(started, qtbot, theme):
    from dataclasses import replace

    window = started("clinician")
    prefs = window.tools.shell.preferences
    prefs.apply(replace(prefs.prefs, theme=theme), remember=False)
    QApplication.processEvents()
    texts = [
        w
        for w in window.findChildren(QWidget)
        if on_screen(window, w)
        and w.isEnabled()
        and (isinstance(w, QLabel) and w.text() or isinstance(w, INTERACTIVE))
        and not isinstance(w, QScrollBar | QAbstractSlider)
    ]
    assert len(texts) > 30
    low = []
    for w in texts:
        pal = w.palette()
        for kind in _kind(w):
            fg, bg = ROLE_PAIRS[kind]
            r = ratio(pal.color(QPalette.ColorGroup.Active, fg), pal.color(QPalette.ColorGroup.Active, bg))
            if r < AA:
                low.append(f"{type(w).__name__} {w.objectName()} {kind} {r:.2f}")
    assert not low
    # and as drawn: labels with a style sheet of their own, the explanation, the scene list
    drawn = [
        window.panels.playing.text.disclaimer,
        window.panels.playing.text.browser.viewport(),
        window.panels.playing.panel.scene_list,
    ]
    drawn += [w for w in texts if isinstance(w, QLabel) and w.styleSheet()]
    for w in drawn:
        assert _text_pixels_contrast(w) >= AA, (theme, w.objectName())


def test_a_high_contrast_theme_exists_and_is_black_white_and_yellow(started):
    window = started()
    prefs = window.tools.shell.preferences
    from dataclasses import replace

    prefs.apply(replace(prefs.prefs, theme="high-contrast"), remember=False)
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window) == QColor("#000000")
    assert ratio(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)) >= 20
    assert ratio(pal.color(QPalette.ColorRole.HighlightedText), pal.color(QPalette.ColorRole.Highlight)) >= 15


def _clipped(window) -> list[str]:
    """Labels and buttons whose text no longer fits the room they have."""
    out = []
    for w in window.findChildren(QWidget):
        if not on_screen(window, w) or not isinstance(w, QLabel | QAbstractButton):
            continue
        line = w.fontMetrics().height()
        if w.height() < line and w.text():
            out.append(f"{type(w).__name__} {w.objectName()} {w.height()} < {line}")
        elif isinstance(w, QAbstractButton) and w.text() and w.width() < w.minimumSizeHint().width() - 2:
            out.append(f"{type(w).__name__} {w.text()!r} {w.width()} < {w.minimumSizeHint().width()}")
    for area in window.findChildren(QScrollArea):  # a panel too small for its controls scrolls
        body = area.widget()
        if body is None or not on_screen(window, area) or not area.objectName().endswith("_scroll"):
            continue
        need, room = body.minimumSizeHint(), area.viewport().size()
        if need.width() > room.width() and not area.horizontalScrollBar().isVisible():
            out.append(f"{area.objectName()} cut off at the side")
        if need.height() > room.height() and not area.verticalScrollBar().isVisible():
            out.append(f"{area.objectName()} cut off at the bottom")
    docks = [d for d in window.findChildren(QDockWidget) if on_screen(window, d)]
    for i, a in enumerate(docks):  # and no panel is pushed over another
        for b in docks[i + 1 :]:
            if a.geometry().intersects(b.geometry()):
                out.append(f"{a.objectName()} overlaps {b.objectName()}")
    return out


def test_ctrl_plus_and_minus_scale_every_text_without_clipping(started, qtbot):
    window = started("clinician")
    body = window.panels.playing.text.browser
    label = window.panels.clinic.panel.stage_label
    before = pixel_size(body.document().defaultFont()), pixel_size(label.font()), pixel_size(window.font())
    window.activateWindow()
    box = window.panels.clinic.panel.condition_box
    box.setFocus()
    qtbot.waitUntil(lambda: box.hasFocus())
    for _ in range(2):
        qtbot.keyClick(box, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    after = pixel_size(body.document().defaultFont()), pixel_size(label.font()), pixel_size(window.font())
    for b, a in zip(before, after, strict=True):
        assert a >= round(b * 1.5), (before, after)
    assert not _clipped(window)
    assert window.plotter.width() / window.width() >= 0.6  # the panels scroll, the model stays big
    qtbot.keyClick(box, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert (pixel_size(body.document().defaultFont()), pixel_size(label.font())) == before[:2]
