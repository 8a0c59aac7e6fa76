"""The scene loader's checks of a scene's ``[[questions]]`` (its quiz): each mistake one
SceneError (file, line, one sentence). They are kept apart from the scene's own errors so a bad
question is reported and left out while the scene and its other questions still load.
"""

from __future__ import annotations

from pathlib import Path

from meshes.dimensions import DISC_LEVELS, SIDES
from meshes.pathology.state import DIRECTIONS
from scenes.checks import MISSING, Checker
from scenes.quiz import (
    ANY,
    KINDS,
    OPTION_COUNT_RANGE,
    PROMPT_MAX,
    QUESTION_COUNT_RANGE,
    WHY_MAX,
    Question,
)
from scenes.schema import Condition, SceneError, expand_text, level_words, resolve_part

QUESTION_FIELDS = {
    "kind": (True, 'kind = "click"'),
    "prompt": (False, ""),
    "why": (False, ""),
    "answer": (False, ""),
    "options": (False, ""),
    "step": (False, ""),
    "level": (False, ""),
    "side": (False, ""),
    "direction": (False, ""),
}
# Which fields each kind needs and allows (beyond kind and step).
NEEDS = {"click": ("prompt", "why", "answer"), "choice": ("prompt", "why", "options", "answer"), "root": ()}
ALLOWS = {
    "click": ("prompt", "why", "answer"),
    "choice": ("prompt", "why", "options", "answer"),
    "root": ("prompt", "why", "level", "side", "direction"),
}
EXAMPLE = {
    "prompt": 'prompt = "Click the gel core of the {level} disc."',
    "why": 'why = "One sentence on why that is the answer."',
    "answer": 'answer = "nucleus.{level}"',
    "options": 'options = ["first", "second", "third"]',
}


def check_questions(
    value, file: Path, lines: dict, level: str | None, condition: Condition, steps: int
) -> tuple[tuple[Question, ...], list[SceneError]]:
    """The good questions of a scene and the errors of the bad ones (never raises)."""
    checker = _QuizChecker(file, lines)
    return checker.questions(value, level, condition, steps), checker.errors


class _QuizChecker(Checker):
    def questions(self, value, level, condition: Condition, steps: int) -> tuple[Question, ...]:
        tables = self.tables(value, ("questions",), "questions")
        if not tables:
            return ()
        lo, hi = QUESTION_COUNT_RANGE
        if len(tables) > hi:
            self.err(("questions",), f"the scene has {len(tables)} questions; allowed: {lo} to {hi}")
            return ()
        out = []
        for i, table in enumerate(tables):
            before = len(self.errors)
            q = self.question(table, i, level, condition, steps)
            if q is not None and len(self.errors) == before:
                out.append(q)
        return tuple(out)

    def question(self, t: dict, i: int, level, condition: Condition, steps: int) -> Question | None:
        path, where = ("questions", i), f"question {i + 1}"
        self.fields(t, path, QUESTION_FIELDS, where)
        kind = self.choice(t.get("kind", MISSING), path + ("kind",), f"{where} kind", KINDS)
        if kind is None:
            return None
        for name in QUESTION_FIELDS:
            if name in t and name not in (*ALLOWS[kind], "kind", "step"):
                self.err(
                    path + (name,),
                    f"{where} is a {kind} question and has no '{name}'; "
                    f"a {kind} question takes: {', '.join(ALLOWS[kind])}, step",
                )
        for name in NEEDS[kind]:
            if name not in t:
                self.err(path, f"{where} ({kind}) is missing '{name}'; add {EXAMPLE[name]}")
        words = level_words(level, condition.side, condition.direction) if level else None
        prompt = self.words(t, path, where, "prompt", PROMPT_MAX, words)
        why = self.words(t, path, where, "why", WHY_MAX, words)
        step = self.number(t.get("step", 1), path + ("step",), f"{where} step", 1, max(1, steps))
        if step is not None and step != int(step):
            self.err(path + ("step",), f"{where} step must be a whole number from 1 to {steps}")
        q = dict(kind=kind, prompt=prompt or "", why=why or "", step=int(step or 1) - 1, line=self.line(path))
        if kind == "click":
            q["answer"] = self.part_answer(t.get("answer", MISSING), path + ("answer",), where, condition)
        elif kind == "choice":
            q["options"], q["answer"] = self.options(t, path, where, words)
        else:
            q.update(self.root_case(t, path, where))
        return Question(**q)

    def line(self, path: tuple) -> int:
        from scenes.tomllines import line_of

        return line_of(self.lines, path)

    def words(self, t: dict, path: tuple, where: str, name: str, max_len: int, words) -> str | None:
        text = self.text(t.get(name, MISSING), path + (name,), f"{where} {name}", max_len)
        if text is not None and words is not None:
            try:
                expand_text(text, words)
            except ValueError as e:
                self.err(path + (name,), f"{where} {name}: {e}")
                return None
        return text

    def part_answer(self, value, path: tuple, where: str, condition: Condition) -> str:
        ref = self.text(value, path, f"{where} answer")
        if ref is None:
            return ""
        for lv in DISC_LEVELS:  # it must name parts wherever the scene is replayed
            for side in SIDES:
                try:
                    resolve_part(ref, level_words(lv, side, condition.direction))
                except ValueError as e:
                    self.err(path, f"{where} answer: {e}")
                    return ""
        return ref

    def options(self, t: dict, path: tuple, where: str, words) -> tuple[tuple[str, ...], str]:
        value = t.get("options", MISSING)
        if value is MISSING:
            return (), ""
        lo, hi = OPTION_COUNT_RANGE
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.err(path + ("options",), f'{where} options must be a list of texts, like ["a", "b", "c"]')
            return (), ""
        if not lo <= len(value) <= hi:
            self.err(path + ("options",), f"{where} has {len(value)} options; allowed: {lo} to {hi}")
            return (), ""
        options = tuple(v.strip() for v in value)
        if len(set(options)) != len(options):
            self.err(path + ("options",), f"{where} lists an option twice; each option must differ")
        answer = self.text(t.get("answer", MISSING), path + ("answer",), f"{where} answer")
        if answer is not None and answer not in options:
            self.err(
                path + ("answer",),
                f"{where} answer '{answer}' is not one of its options; copy the right option's text exactly",
            )
        return options, answer or ""

    def root_case(self, t: dict, path: tuple, where: str) -> dict:
        levels = (*DISC_LEVELS, "{level}", ANY)
        sides = (*SIDES, "{side}", "{other_side}", ANY)
        level = self.choice(t.get("level", ANY), path + ("level",), f"{where} level", levels)
        side = self.choice(t.get("side", ANY), path + ("side",), f"{where} side", sides)
        direction = self.choice(
            t.get("direction", ANY), path + ("direction",), f"{where} direction", (*DIRECTIONS, ANY)
        )
        return {
            "level": None if level in (None, ANY) else level,
            "side": None if side in (None, ANY) else side,
            "direction": None if direction in (None, ANY) else direction,
        }
