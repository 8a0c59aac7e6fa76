"""Read a scene (TOML + Markdown) into a `Scene`, checking every field.

Every mistake becomes a `SceneError(file, line, message)`, shown as
`file:line: what is wrong; what is allowed`. `read_scene` returns all the errors of one file;
`load_scene` raises the first. Nothing here raises anything else for a bad file.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import replace
from pathlib import Path

from meshes.dimensions import DISC_LEVELS, SIDES
from meshes.state import CHOICE_FIELDS
from scenes.checks import MISSING as _MISSING
from scenes.checks import Checker, fmt, syntax_error
from scenes.quiz_checks import check_questions
from scenes.schema import (
    DURATION_RANGE,
    ORDER_RANGE,
    PHASE_RATE_RANGE,
    SCENE_ID,
    STEP_COUNT_RANGE,
    UNORDERED,
    ZOOM_RANGE,
    Camera,
    Condition,
    Scene,
    SceneError,
    level_words,
    resolve_focus,
    resolve_parts,
    retarget,
)
from scenes.step_text_checks import StepTextChecks
from scenes.textfile import StepText, read_text
from scenes.tomllines import key_lines
from scenes.track_checks import TrackChecks
from scenes.views import DEFAULT_VIEW, VIEWS

# Fields of each table: name -> (required, example shown when it is missing).
SCENE_FIELDS = {
    "title": (True, 'title = "Herniated disc"'),
    "summary": (True, 'summary = "One sentence on what the scene shows."'),
    "level": (True, 'level = "L4-L5"'),
    "duration": (True, "duration = 40"),
    "order": (False, ""),
    "condition": (False, ""),
    "condition_at": (False, ""),
    "phase": (False, ""),
    "tracks": (False, ""),
    "steps": (True, "a [[steps]] table with time and title"),
    "questions": (False, ""),
}
CONDITION_FIELDS = {name: (False, "") for name in CHOICE_FIELDS}
PHASE_FIELDS = {"cycles_per_second": (True, "cycles_per_second = 0.5")}
STEP_FIELDS = {
    "time": (True, "time = 0"),
    "title": (True, 'title = "What you are seeing"'),
    "text": (False, ""),
    "section": (False, ""),
    "camera": (False, ""),
    "highlight": (False, ""),
    "translucent": (False, ""),
    "hide": (False, ""),
    "level": (False, ""),
}
CAMERA_FIELDS = {"view": (False, ""), "focus": (False, ""), "zoom": (False, "")}
TITLE_MAX = 80


def load_scene(path: str | Path, level: str | None = None, side: str | None = None) -> Scene:
    """Load one scene file, optionally moved to another disc level and side.

    Raises the first SceneError of the file (a bad question is only left out); ValueError for a
    bad level or side override.
    """
    scene, errors = read_scene(path)
    if scene is None:
        raise errors[0]
    assert scene is not None
    return retarget(scene, level, side)


load = load_scene


def read_scene(path: str | Path) -> tuple[Scene | None, list[SceneError]]:
    """Load one scene file: (the scene, []) or (None, every error found); a scene whose only
    mistakes are in its quiz loads without the bad questions: (the scene, those errors)."""
    path = Path(path)
    text, error = read_text(path)
    if error:
        return None, [error]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return None, [syntax_error(path, e)]
    if not data:
        return None, [
            SceneError(
                path,
                1,
                "the file is empty; a scene needs title, summary, level, "
                "duration and [[steps]] (see scenes/README.md)",
            )
        ]
    checker = _Checker(path, key_lines(text))
    scene = checker.scene(data)
    if checker.errors:
        return None, checker.errors
    questions, quiz_errors = check_questions(
        data.get("questions", _MISSING), path, checker.lines, scene.level, scene.condition, len(scene.steps)
    )
    return replace(scene, questions=questions), quiz_errors


class _Checker(TrackChecks, StepTextChecks, Checker):
    """The scene file's own fields, on top of the generic checks."""

    def __init__(self, file: Path, lines: dict) -> None:
        super().__init__(file, lines)
        self.md: StepText | None = None  # the step texts beside the scene, once read

    def scene(self, data: dict) -> Scene | None:
        sid = self.file.stem
        if not SCENE_ID.match(sid):
            self.err(
                (),
                f"the file name '{self.file.name}' makes a bad scene id; use lower-case "
                "letters, digits, '-' and '_' (e.g. herniated_disc.toml)",
            )
        self.fields(data, (), SCENE_FIELDS, "the scene")
        title = self.text(data.get("title", _MISSING), ("title",), "title", TITLE_MAX)
        summary = self.text(data.get("summary", _MISSING), ("summary",), "summary")
        level = self.choice(data.get("level", _MISSING), ("level",), "level", DISC_LEVELS)
        duration = self.number(
            data.get("duration", _MISSING), ("duration",), "duration", *DURATION_RANGE, " seconds"
        )
        order = self.order(data.get("order", _MISSING))
        condition = self.condition(data.get("condition", _MISSING))
        level_conditions = self.level_conditions(data.get("condition_at", _MISSING))
        phase_rate = self.phase(data.get("phase", _MISSING))
        tracks = self.tracks(data.get("tracks", _MISSING), duration)
        steps = self.steps(data.get("steps", _MISSING), duration, level, condition)
        if self.errors:
            return None
        texts = self.step_texts(steps)
        self.text_placeholders(summary, steps)
        if self.errors:
            return None
        return Scene(
            id=sid,
            title=title,
            summary=summary,
            level=level,
            duration=duration,
            condition=condition,
            tracks=tracks,
            steps=texts,
            phase_rate=phase_rate,
            level_conditions=level_conditions,
            intro=self.md.intro if self.md else "",
            order=order,
            file=str(self.file),
            text_file=str(self.md.file) if self.md else "",
        )

    def level_conditions(self, value) -> tuple[tuple[str, Condition], ...]:
        """[condition_at.L5-S1]: the fixed choices of another disc than the scene's."""
        table = self.table(value, ("condition_at",), "condition_at")
        out = []
        for level, sub in (table or {}).items():
            if level not in DISC_LEVELS:
                self.err(
                    ("condition_at", level),
                    f"[condition_at.{level}] is not a disc level; allowed: {', '.join(DISC_LEVELS)}",
                )
            else:
                out.append((level, self.condition(sub, ("condition_at", level))))
        return tuple(out)

    def condition(self, value, path: tuple = ("condition",)) -> Condition:
        table = self.table(value, path, "condition")
        if table is None:
            return Condition()
        where = "[" + ".".join(path) + "]"
        self.fields(table, path, CONDITION_FIELDS, where)
        chosen = {}
        for name, choices in CHOICE_FIELDS.items():
            v = self.choice(table.get(name, _MISSING), path + (name,), f"{where[1:-1]} {name}", choices)
            if v is not None:
                chosen[name] = v
        return Condition(**chosen)

    def order(self, value) -> int:
        """The scene's place in the list (teaching order); without one it goes after the others."""
        if isinstance(value, float) and math.isfinite(value) and not value.is_integer():
            allowed = f"allowed: whole numbers {ORDER_RANGE[0]} to {ORDER_RANGE[1]}"
            self.err(("order",), f"order {value:g} is not a whole number; {allowed}")
            return UNORDERED
        n = self.number(value, ("order",), "order", *ORDER_RANGE)
        return UNORDERED if n is None else int(n)

    def phase(self, value) -> float:
        table = self.table(value, ("phase",), "phase")
        if table is None:
            return 0.0
        self.fields(table, ("phase",), PHASE_FIELDS, "[phase]")
        rate = self.number(
            table.get("cycles_per_second", _MISSING),
            ("phase", "cycles_per_second"),
            "phase cycles_per_second",
            *PHASE_RATE_RANGE,
            " cycles per second",
        )
        return rate or 0.0

    def steps(self, value, duration, level, condition: Condition) -> list[dict]:
        tables = self.tables(value, ("steps",), "steps")
        if tables is None:
            return []
        lo, hi = STEP_COUNT_RANGE
        if not lo <= len(tables) <= hi:
            self.err(("steps",), f"the scene has {len(tables)} steps; allowed: {lo} to {hi}")
            return []
        words = level_words(level, condition.side, condition.direction) if level else None
        out: list[dict] = []
        prev: float | None = None
        for i, s in enumerate(tables):
            path = ("steps", i)
            where = f"step {i + 1}"
            self.fields(s, path, STEP_FIELDS, where)
            t = self.number(
                s.get("time", _MISSING),
                path + ("time",),
                f"{where} time",
                0.0,
                duration if duration is not None else math.inf,
                " s (the scene's length)",
            )
            if t is not None:
                if i == 0 and t != 0:
                    self.err(
                        path + ("time",),
                        f"the first step starts at {fmt(t)} s; it must start at 0 "
                        "so every moment of the scene has a step",
                    )
                elif prev is not None and t <= prev:
                    self.err(
                        path + ("time",),
                        f"{where} at {fmt(t)} s does not come after step {i} at "
                        f"{fmt(prev)} s; steps must be in time order",
                    )
                prev = t
            title = self.text(s.get("title", _MISSING), path + ("title",), f"{where} title", TITLE_MAX)
            text = self.text(s.get("text", _MISSING), path + ("text",), f"{where} text")
            section = self.text(s.get("section", _MISSING), path + ("section",), f"{where} section")
            camera = self.camera(s.get("camera", _MISSING), path + ("camera",), where, words)
            parts = {
                k: self.part_refs(s.get(k, _MISSING), path + (k,), f"{where} {k}", level, condition)
                for k in ("highlight", "translucent", "hide")
            }
            own = self.choice(s.get("level", _MISSING), path + ("level",), f"{where} level", DISC_LEVELS)
            texts = dict(title=title, text=text, section=section)
            out.append(dict(index=i, time=t, camera=camera, level=own, **texts, **parts))
        return out

    def camera(self, value, path: tuple, where: str, words) -> Camera:
        table = self.table(value, path, f"{where} camera")
        if table is None:
            return Camera()
        self.fields(table, path, CAMERA_FIELDS, f"{where} camera")
        views = (*VIEWS, "{side}", "{other_side}")  # a side view that follows the scene's side
        view = self.choice(table.get("view", DEFAULT_VIEW), path + ("view",), f"{where} camera view", views)
        focus = self.text(table.get("focus", _MISSING), path + ("focus",), f"{where} camera focus")
        if focus is not None and words is not None:
            try:
                resolve_focus(focus, words)
            except ValueError as e:
                self.err(path + ("focus",), f"{where} camera {e}")
                focus = None
        zoom = self.number(table.get("zoom", 1.0), path + ("zoom",), f"{where} camera zoom", *ZOOM_RANGE)
        return Camera(view or DEFAULT_VIEW, focus, zoom or 1.0)

    def part_refs(self, value, path: tuple, name: str, level, condition: Condition) -> tuple[str, ...]:
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.err(
                path,
                f'{name} must be a list of part names in quotes; write it like ["annulus.{{level}}", '
                '"root.L5.*", "bone"]',
            )
            return ()
        refs = tuple(value)
        for j, ref in enumerate(refs):
            problem = _ref_problem(ref, level, condition)
            if problem:
                self.err(path + (j,), f"{name}: {problem}")
        return refs

    # -- the Markdown text ----------------------------------------------------------------


def _ref_problem(ref: str, level: str | None, condition: Condition) -> str | None:
    """Why a part reference names nothing, at the scene's level and side or at any other level
    or side the scene may be moved to; None when it always names parts."""
    levels = ([level] if level else []) + [lv for lv in DISC_LEVELS if lv != level]
    sides = (condition.side, *[s for s in SIDES if s != condition.side])
    for lv in levels:
        for side in sides:
            try:
                resolve_parts((ref,), level_words(lv, side, condition.direction))
            except ValueError as e:
                moved = (
                    ""
                    if (lv == level and side == condition.side)
                    else f" (when the scene is moved to {lv} {side})"
                )
                return f"{e}{moved}"
    return None
