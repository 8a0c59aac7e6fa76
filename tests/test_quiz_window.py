"""The quiz in the real window: a preset's quiz started from its action, a click question
answered by a real click on the model, feedback text and the highlight, keys to the score, and in
presentation mode the whole quiz by keyboard alone."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from meshes.parts import COLOURS, PARTS
from scenes.catalog import find_scene


@pytest.fixture
def quiz_window(make_window):
    def make(scene_id: str = "herniated_disc"):
        window = make_window()
        window.install_tools()
        window.tools.explore.views.duration_s = 0.0
        window.panels.playing.player.camera_transition_s = 0.0
        QApplication.processEvents()
        window.panels.playing.player.set_scene(scene_id)
        window.plotter.render()
        window.tools.teach.quiz.rng = random.Random(7)
        return window

    return make


def press(qtbot, window, key) -> None:
    """A key as typed with the 3D view focused (the teacher's keyboard or clicker)."""
    window.activateWindow()
    window.plotter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.plotter)
    qtbot.keyClick(window.plotter, key)


def click_part(qtbot, window, part_id: str) -> None:
    """A real left click on a pixel of the 3D view where ``part_id`` is drawn (found through the
    same picking a click uses)."""

    pos = part_pixel(window, part_id)
    assert pos is not None, f"{part_id} is not visible anywhere in the view"
    qtbot.mouseClick(window.plotter, Qt.MouseButton.LeftButton, pos=pos)


def part_pixel(window, part_id: str):
    """A widget position well inside where ``part_id`` is drawn (its neighbours pick it too)."""
    from app.explore.picking import display_point, pick_part

    window.plotter.render()
    picker = window.tools.explore.picker
    points = np.asarray(window.viewport.meshes[part_id].points)
    for p in points[:: max(1, len(points) // 400)]:
        pos = picker.from_display(*display_point(window.viewport, p))
        x, y = picker.to_display(pos)
        if all(
            pick_part(window.viewport, x + dx, y + dy) == part_id for dx in (-2, 0, 2) for dy in (-2, 0, 2)
        ):
            return pos
    return None


def _glow(window, part_id: str) -> tuple[float, ...]:
    return tuple(window.viewport.actors[part_id].GetProperty().GetAmbientColor())


def _highlight_share(window, part_id: str) -> float:
    """How much of the view is drawn near the highlight outline colour (coral)."""
    img = np.asarray(window.plotter.screenshot(return_img=True))[:, :, :3].astype(int)
    coral = np.array([int(COLOURS["highlight"][i : i + 2], 16) for i in (1, 3, 5)])
    return float((np.abs(img - coral).sum(axis=2) < 60).mean())


def test_a_click_on_the_model_answers_the_question_and_lights_the_right_part(quiz_window, qtbot):
    window = quiz_window()
    window.actions["quiz"].trigger()
    quiz, panel = window.tools.teach.quiz, window.tools.teach.panel
    assert quiz.active and panel.isVisible()
    first = quiz.run.current
    assert first.kind == "click" and first.answer_parts == {"nucleus.L4-L5"}
    assert "gel" in panel.prompt.text()
    # The scene's own highlight is off while asking: the model does not give the answer away.
    assert _glow(window, "nucleus.L4-L5") != pytest.approx(tuple(np.array([255, 127, 80]) / 255))
    click_part(qtbot, window, "nucleus.L4-L5")
    assert quiz.run.answers == {0: True}
    assert panel.feedback.isVisible() and panel.feedback.text().startswith("Right!")
    assert first.why in panel.feedback.text()
    assert panel.feedback.toolTip().startswith("disc: ")  # medical words get their plain words
    assert quiz.highlighted == {"nucleus.L4-L5"}
    assert _glow(window, "nucleus.L4-L5") == pytest.approx(tuple(np.array([255, 127, 80]) / 255), abs=0.01)
    assert window.panels.playing.player.scene_looks.outlined() == {"nucleus.L4-L5"}
    QApplication.processEvents()  # the panel's feedback may reflow the docks and the view
    window.plotter.render()
    lit = _highlight_share(window, "nucleus.L4-L5")
    for actor in window.panels.playing.player.scene_looks.outlines.values():
        actor.SetVisibility(False)  # the same view, the same moment, without the outline
    window.plotter.render()
    assert lit > _highlight_share(window, "nucleus.L4-L5") + 0.0002  # the outline shows in the picture


def test_a_wrong_click_says_the_answer_and_lights_it_not_the_wrong_part(quiz_window, qtbot):
    window = quiz_window()
    window.actions["quiz"].trigger()
    quiz = window.tools.teach.quiz
    click_part(qtbot, window, "annulus.L4-L5")
    assert quiz.run.answers == {0: False}
    text = window.tools.teach.panel.feedback.text()
    assert text.startswith("Not quite") and PARTS["nucleus.L4-L5"].name in text
    assert PARTS["annulus.L4-L5"].name in text
    assert window.panels.playing.player.scene_looks.outlined() == {"nucleus.L4-L5"}
    assert window.tools.explore.selection.part is None  # no outline on the wrong part beside the answer


def test_the_whole_quiz_runs_by_keyboard_alone_in_presentation_mode(quiz_window, qtbot):
    window = quiz_window()
    press(qtbot, window, Qt.Key.Key_F5)  # presentation mode
    assert window.tools.shell.presentation.active
    press(qtbot, window, Qt.Key.Key_Q)
    quiz, panel = window.tools.teach.quiz, window.tools.teach.panel
    assert quiz.active and panel.isVisible()  # the quiz panel stays in view in presentation mode
    time_before = window.panels.playing.player.time
    seen = []
    while not quiz.run.finished:
        q = quiz.run.current
        seen.append(q.kind)
        assert panel.prompt.text() == q.prompt
        if q.options:
            press(qtbot, window, getattr(Qt.Key, f"Key_{q.correct + 1}"))  # the right option
            assert quiz.run.answers[quiz.run.index] is True
            assert panel.feedback.text().startswith("Right!")
        else:
            press(qtbot, window, Qt.Key.Key_Space)  # the teacher reveals it
            assert panel.feedback.text().startswith("The answer:")
            assert quiz.highlighted == q.answer_parts
        press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.panels.playing.player.playing is False  # Space revealed; it did not start the scene playing
    assert window.tools.shell.presentation.active  # PageDown stepped the quiz, Escape was not needed
    assert {"click", "choice", "root"} <= set(seen)
    clicks = sum(1 for k in seen if k == "click")
    assert quiz.run.score == len(seen) - clicks
    assert panel.prompt.text() == f"Your score: {quiz.run.score} of {len(seen)}"
    assert time_before is not None
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.tools.shell.presentation.active


def test_a_click_question_can_be_answered_by_naming_the_part(quiz_window, qtbot):
    window = quiz_window("healthy_tour")
    window.actions["quiz"].trigger()
    panel = window.tools.teach.panel
    assert window.tools.teach.quiz.run.current.answer_parts == {"vertebra.L4"}
    panel.part_box.setFocus()
    panel.part_box.setCurrentIndex(panel.part_box.findData("vertebra.L4"))
    qtbot.mouseClick(panel.part_button, Qt.MouseButton.LeftButton)
    assert panel.feedback.text().startswith("Right!")
    assert panel.part_box.accessibleName() and panel.reveal_button.accessibleName()


def test_a_generated_root_question_is_answered_by_clicking_the_pinched_root(quiz_window, qtbot):
    window = quiz_window()
    window.actions["quiz"].trigger()
    quiz = window.tools.teach.quiz
    while quiz.run.current.kind != "root":
        quiz.next()
    q = quiz.run.current
    (root,) = q.answer_parts
    upper, lower = q.level.split("-")  # out at the side: the exiting root; near the middle: the one below
    assert root.split(".")[1] == (upper if q.direction in ("foraminal", "far-lateral") else lower)
    click_part(qtbot, window, root)  # the roots show through the see-through bone
    assert quiz.run.answers[quiz.run.index] is True
    assert window.panels.playing.player.scene_looks.outlined() == {root}


def test_stopping_the_quiz_gives_the_scene_its_looks_back(quiz_window):
    window = quiz_window()
    step = window.panels.playing.player.frame.highlight
    window.actions["quiz"].trigger()
    window.tools.teach.quiz.reveal()
    window.tools.teach.quiz.stop()
    assert not window.tools.teach.keys.installed and not window.tools.teach.panel.stop_button.isEnabled()
    assert window.panels.playing.player.scene_looks.outlined() == set(
        window.panels.playing.player.frame.highlight
    )
    assert find_scene("herniated_disc").questions and step is not None


@pytest.mark.parametrize(
    "scene_id", ["healthy_tour", "herniated_disc", "disc_bulge", "torn_disc", "degenerated_disc"]
)
def test_every_click_question_of_a_preset_shows_its_answer_on_screen(quiz_window, scene_id):
    """A click question is fair: on the step it shows, the right part can be clicked."""
    window = quiz_window(scene_id)
    window.actions["quiz"].trigger()
    quiz = window.tools.teach.quiz
    checked = 0
    while not quiz.run.finished:
        q = quiz.run.current
        if q.clickable:
            assert any(part_pixel(window, p) for p in sorted(q.answer_parts)), q.prompt
            checked += 1
        quiz.next()
    assert checked >= 2


def test_a_scene_with_a_bad_question_is_listed_as_a_good_scene_with_the_mistake(make_window, tmp_path):
    from tests.test_quiz import SCENE

    (tmp_path / "my_quiz.toml").write_text(SCENE + '\n[[questions]]\nkind = "drag"\n')
    window = make_window(scenes_dir=tmp_path)
    items = [
        window.panels.playing.panel.scene_list.item(i)
        for i in range(window.panels.playing.panel.scene_list.count())
    ]
    (mine,) = [i for i in items if "Quiz scene" in i.text() or "my_quiz" in i.text()]
    assert mine.text() == "Quiz scene" and mine.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "kind 'drag' is not allowed" in mine.toolTip()
    assert len(window.panels.playing.player.find("my_quiz").questions) == 2


def test_each_run_of_the_quiz_in_the_window_asks_fresh_root_questions(quiz_window):
    window = quiz_window()
    quiz = window.tools.teach.quiz

    def root_prompts(seed: int) -> list[str]:
        quiz.rng = random.Random(seed)
        window.actions["quiz"].trigger()
        prompts = [q.prompt for q in quiz.run.questions if q.kind == "root"]
        quiz.stop()
        return prompts

    first, second = root_prompts(11), root_prompts(12)
    assert len(first) == 2 and first != second
    assert root_prompts(11) == first  # the injected seed repeats a run
