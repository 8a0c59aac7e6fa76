"""Quizzes as scene data (no window): the presets' quizzes, the checks of a bad question (file,
line, one sentence; the scene still loads), generated "which root?" questions (fresh per run,
repeatable with a seed, right per the root logic and per the model's own measurements), scoring."""

from __future__ import annotations

import random
import textwrap

import pytest

from meshes.dimensions import DISC_LEVELS, SIDES
from scenes.catalog import load_catalog
from scenes.loader import load_scene, read_scene
from scenes.quiz import QuizRun, ask, root_question

SCENE = textwrap.dedent(
    """\
    title = "Quiz scene"
    summary = "A small scene for the quiz tests."
    level = "L4-L5"
    duration = 20

    [[steps]]
    time = 0
    title = "Start"
    text = "The start."

    [[steps]]
    time = 10
    title = "Later"
    text = "Later on."

    [[questions]]
    kind = "click"
    prompt = "Click the gel of the {level} disc."
    answer = "nucleus.{level}"
    why = "The gel is the middle of the disc."

    [[questions]]
    kind = "choice"
    step = 2
    prompt = "Which is a bone?"
    options = ["L4", "the annulus"]
    answer = "L4"
    why = "L4 is a vertebra."
    """
)


def write(tmp_path, extra: str = "", name: str = "quiz_scene"):
    path = tmp_path / f"{name}.toml"
    path.write_text(SCENE + textwrap.dedent(extra))
    return path


def test_every_preset_has_a_short_quiz_that_mixes_the_kinds():
    scenes, errors = load_catalog()
    assert not errors
    assert len(scenes) == 5
    for scene in scenes:
        kinds = [q.kind for q in scene.questions]
        assert 4 <= len(kinds) <= 6, scene.id
        assert "click" in kinds and len(set(kinds)) >= 2, scene.id
        assert all(q.why for q in scene.questions if q.kind != "root")


@pytest.mark.parametrize("level", DISC_LEVELS)
@pytest.mark.parametrize("side", SIDES)
def test_preset_quizzes_are_asked_at_any_level_and_side(level, side):
    for scene in load_catalog()[0]:
        moved = load_scene(scene.file, level=level, side=side)
        for q in ask(moved, random.Random(0)):
            assert q.prompt and "{" not in q.prompt and "{" not in q.why, q.prompt
            assert q.answer_parts or 0 <= q.correct < len(q.options)
            if q.kind == "click":
                assert all(p.split(".")[-1] in (*SIDES, level, level.split("-")[0]) or "." in p
                           for p in q.answer_parts)  # fmt: skip


def test_a_good_quiz_loads_with_its_questions(tmp_path):
    scene = load_scene(write(tmp_path))
    click, choice = scene.questions
    assert (click.kind, click.answer, click.step) == ("click", "nucleus.{level}", 0)
    assert (choice.options, choice.answer, choice.step) == (("L4", "the annulus"), "L4", 1)
    asked = ask(load_scene(write(tmp_path), level="L2-L3"))
    assert asked[0].answer_parts == {"nucleus.L2-L3"} and "L2-L3" in asked[0].prompt


CLICK = 'kind = "click"\nprompt = "Click it."\n'
CHOICE = 'kind = "choice"\nprompt = "Which?"\n'
WHY = '\nwhy = "y."'
# (the bad block, words of its error, the error's line counted from the block's first line)
BAD = [
    ('kind = "drag"\nprompt = "x"' + WHY, "kind 'drag' is not allowed", 0),
    (CLICK + 'answer = "nucleus.L9"' + WHY, "answer", 2),
    (CLICK + 'answer = "gel"' + WHY, "not a part id", 2),
    (CHOICE + 'options = ["a", "b"]\nanswer = "c"' + WHY, "not one of its options", 3),
    (CHOICE + 'options = ["a"]\nanswer = "a"' + WHY, "allowed: 2 to 6", 2),
    ('kind = "click"\nstep = 5\nprompt = "Click it."\nanswer = "dura"' + WHY, "step 5 is out of range", 1),
    (CLICK + 'answer = "dura"', "missing 'why'", -1),
    (CLICK + 'answer = "dura"' + WHY + '\ncolour = "red"', "unknown field 'colour'", 4),
    ('kind = "root"\ndirection = "sideways"', "direction 'sideways' is not allowed", 1),
    ('kind = "root"\noptions = ["a", "b"]', "has no 'options'", 1),
    ('kind = "click"\nprompt = "Click the {levle} disc."\nanswer = "dura"' + WHY, "not a placeholder", 1),
]


@pytest.mark.parametrize(("block", "words", "offset"), BAD)
def test_a_bad_question_is_reported_on_its_line_and_only_it_is_left_out(tmp_path, block, words, offset):
    path = write(tmp_path, "\n[[questions]]\n" + block + "\n")
    start = SCENE.count("\n") + 3  # the first line of the bad block, under its [[questions]]
    scene, errors = read_scene(path)
    assert scene is not None and len(scene.questions) == 2  # the scene and its good questions load
    assert len(errors) == 1, [str(e) for e in errors]
    e = errors[0]
    assert e.file == str(path) and words in e.message, e.message
    assert e.line == start + offset, (e.line, start + offset, e.message)
    assert "\n" not in e.message and e.message.count(". ") == 0  # one sentence
    scenes, problems = load_catalog(tmp_path)  # the catalogue keeps the scene and lists the error
    assert [s.id for s in scenes] == ["quiz_scene"] and [p.message for p in problems] == [e.message]
    assert load_scene(path).questions == scene.questions  # loading by id does not fail either


def test_generated_root_questions_differ_between_runs_and_repeat_with_a_seed(tmp_path):
    path = write(tmp_path, '\n[[questions]]\nkind = "root"\n' * 6)
    scene = load_scene(path)
    first = ask(scene, random.Random(1))[2:]
    again = ask(scene, random.Random(1))[2:]
    other = ask(scene, random.Random(2))[2:]
    assert first == again
    assert [q.prompt for q in first] != [q.prompt for q in other]
    assert len({(q.level, q.direction) for q in first + other}) >= 4  # level and direction vary


@pytest.mark.parametrize("level", DISC_LEVELS)
@pytest.mark.parametrize("direction", ["central", "paracentral", "foraminal", "far-lateral"])
def test_a_root_question_names_the_root_the_model_finds_pressed(model, level, direction):
    """The answer follows the root rule (near the middle the root below, at the side the root
    that leaves there) and agrees with what the deformed model measures."""
    from meshes.conditions import condition_state
    from meshes.measure import measure

    for side in SIDES:
        q = root_question(level, side, direction, random.Random(5))
        upper, lower = level.split("-")
        root = upper if direction in ("foraminal", "far-lateral") else lower
        sides = SIDES if direction == "central" else (side,)
        assert q.answer_parts == {f"root.{root}.{s}" for s in sides}
        assert len(set(q.options)) == 4 and q.options[q.correct] == q.answer_text
        assert q.why and level in q.prompt and (direction == "central" or side in q.prompt)
        state = condition_state("herniation", level, side, direction, 0.7)
        pressed = {f"root.{k}" for k in measure(model, state, volumes=False).pressed()}
        assert pressed and pressed <= q.answer_parts, (pressed, q.answer_parts)
        if direction != "central":
            assert pressed == q.answer_parts


def test_a_quiz_run_takes_one_answer_per_question_and_counts_the_score(tmp_path):
    run = QuizRun(ask(load_scene(write(tmp_path))))
    assert run.answer(part="annulus.L4-L5") is False
    assert run.answer(part="nucleus.L4-L5") is None  # the first answer counts
    run.next()
    run.reveal()
    assert run.answer(option=0) is None  # revealed: too late to score
    run.next()
    assert run.finished and run.current is None and (run.score, run.total) == (0, 2)
    run = QuizRun(ask(load_scene(write(tmp_path))))
    assert run.answer(part="nucleus.L4-L5") is True
    run.next()
    assert run.answer(option=0) is True and run.score == 2
