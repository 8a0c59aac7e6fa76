"""How the window's features are joined: signal to slot, so that no feature knows another.

Called by the window (app/window.py) once the features exist. Each function takes the objects it
joins (duck-typed: no feature is imported here for its types) and says in its name what follows
what.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow


def place_explore_docks(frame: QMainWindow, structures, explore) -> None:
    """The left column holds the part tools: Structures with See-through and Cuts as tabs (they
    act on the parts it lists), then Information, then the scene list. The right column keeps the
    condition, the explanation and the body map, so the window fits a 1280x800 screen."""
    frame.splitDockWidget(structures, explore.info_panel, Qt.Orientation.Vertical)  # before tabs
    frame.tabifyDockWidget(structures, explore.part_panel)
    frame.tabifyDockWidget(explore.part_panel, explore.clip_panel)
    structures.raise_()


def structures_follow_explore(structures, explore) -> None:
    """The tree and the selection follow each other; isolate and show-all tick the tree, so its
    ticks always say what is drawn."""
    structures.part_picked.connect(explore.selection.select)
    explore.selection.changed.connect(structures.show_part)
    explore.opacity.isolate_requested.connect(structures.show_only)
    explore.opacity.show_all_requested.connect(lambda: structures.set_all_checked(True))


def info_follows_scene(player, explore) -> None:
    """The information panel says what the selected part does in the scene step on screen."""
    from app.explore.info_panel import scene_role

    explore.info_panel.role_source = lambda pid: scene_role(player, pid)
    player.step_changed.connect(lambda *_: explore.info_panel.refresh_role())
    player.scene_changed.connect(lambda *_: explore.info_panel.refresh_role())


def condition_beside_text(frame: QMainWindow, text_panel, condition_panel) -> None:
    """The condition panel shares the right column with the explanation, as a tab."""
    frame.tabifyDockWidget(text_panel, condition_panel)
    condition_panel.raise_()


def exports_follow_condition(exports, conditions) -> None:
    """Captions and handouts name the condition the dials show."""
    exports.condition_choice = lambda: conditions.choice if conditions.active else None


def report_hands_out(report, exports) -> None:
    """The MRI report dialog's handout button opens File > Export's handout (on the report's scene)."""
    report.make_handout = lambda: exports.handout_dialog(False)


def view_texts_follow_presentation(ctx, labels, overlay) -> None:
    """Presentation mode enlarges the 3D labels and the measurements with every other text."""

    def labels_scale(factor: float):
        before = labels.scale
        labels.set_scale(before * factor)
        return lambda: labels.set_scale(before)

    def overlay_scale(factor: float):
        overlay.set_text_scale(factor)
        return lambda: overlay.set_text_scale(1.0)

    ctx.text_scalers.append(labels_scale)
    if overlay is not None:
        ctx.text_scalers.append(overlay_scale)


def quiz_clicks_select_nothing(ctx, explore, teach) -> None:
    """During a quiz a click on the model is an answer: the feedback lights the right part, and
    the clicked part gets no selection outline of the same colour beside it."""
    ctx.part_clicked.connect(lambda _pid: teach.quiz.active and explore.selection.clear())


def quiz_beside_text(frame: QMainWindow, text_panel, teach, presentation) -> None:
    """The quiz shares the right column with the explanation, as a tab (one disclaimer on
    screen), and stays in view in presentation mode, where the teacher runs it by keyboard."""
    if text_panel is not None:
        frame.tabifyDockWidget(text_panel, teach.panel)

    def keep_in_view(on: bool) -> None:
        if on and teach.quiz.active:
            teach.panel.show()
            teach.panel.raise_()

    presentation.changed.connect(keep_in_view)


def mri_beside_body_map(frame: QMainWindow, body_map, mri) -> None:
    """The MRI dock opens as a tab beside 'Where it is felt' in the right column."""
    frame.tabifyDockWidget(body_map, mri.panel)


def mri_follows_condition(mri, conditions) -> None:
    """An axial MRI slice goes to the disc the condition dials are set at."""
    conditions.choice_changed.connect(lambda ch: mri.panel.set_disc(ch.level) if ch.condition else None)


def visit_holds_scene_or_condition(annotate, player, conditions) -> None:
    """A visit file keeps the scene and time, or the condition, on screen; opening one shows it again."""
    from app.annotate.showing import show, showing

    annotate.showing_source = lambda: showing(player, conditions)
    annotate.apply_showing = lambda data: show(data, player, conditions)


def pen_in_presentation(presentation, pen) -> None:
    """In presentation mode the pen's key swaps the laser-pointer dot for the pen and back."""

    def sync(*_) -> None:
        if presentation.active:
            presentation.laser.set_active(not pen.active)
        if pen.active:
            pen.show_cursor()

    pen.toggled.connect(sync)
    presentation.changed.connect(sync)


def first_scene_at_start(player) -> None:
    """Nothing empty at start: the scene watched last time, else the first in teaching order (the
    healthy tour), shown at its first step."""
    if player.scene is None and player.scenes:
        player.set_scene(player.scenes[0])


def announce_findings(announcer, conditions) -> None:
    """A screen reader hears which roots the condition dials press, as it hears a scene's."""
    if conditions is not None:
        conditions.findings_changed.connect(lambda findings: announcer.roots(findings.compression))
