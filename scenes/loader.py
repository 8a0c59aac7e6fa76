"""Read a scene (TOML + Markdown) into a `Scene`, checking every field.

Every mistake becomes a `SceneError(file, line, message)`, shown as
`file:line: what is wrong; what is allowed`. `read_scene` returns all the errors of one file;
`load_scene` raises the first. Nothing here raises anything else for a bad file.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from pathlib import Path

from meshes.dimensions import DISC_LEVELS, SIDES
from meshes.state import CHOICE_FIELDS, NUMERIC_RANGES
from scenes.schema import (
    DURATION_RANGE,
    EASINGS,
    PHASE_RATE_RANGE,
    SCENE_ID,
    STEP_COUNT_RANGE,
    TEXT_PLACEHOLDER_PATTERN,
    TEXT_PLACEHOLDERS,
    ZOOM_RANGE,
    Camera,
    Condition,
    Scene,
    SceneError,
    Step,
    Track,
    did_you_mean,
    level_words,
    resolve_focus,
    resolve_parts,
    retarget,
)
from scenes.textfile import StepText, heading_key, read_step_text, read_text
from scenes.tomllines import key_lines, line_of
from scenes.views import DEFAULT_VIEW, VIEWS

# Fields of each table: name -> (required, example shown when it is missing).
SCENE_FIELDS = {
    "title": (True, 'title = "Herniated disc"'),
    "summary": (True, 'summary = "One sentence on what the scene shows."'),
    "level": (True, 'level = "L4-L5"'),
    "duration": (True, "duration = 40"),
    "condition": (False, ""),
    "phase": (False, ""),
    "tracks": (False, ""),
    "steps": (True, "a [[steps]] table with time and title"),
}
CONDITION_FIELDS = {name: (False, "") for name in CHOICE_FIELDS}
PHASE_FIELDS = {"cycles_per_second": (True, "cycles_per_second = 0.5")}
TRACK_FIELDS = {
    "parameter": (True, 'parameter = "herniation"'),
    "keyframes": (True, "keyframes = [[0, 0.0], [10, 1.0]]"),
    "easing": (False, ""),
    "level": (False, ""),
}
STEP_FIELDS = {
    "time": (True, "time = 0"),
    "title": (True, 'title = "What you are seeing"'),
    "text": (False, ""),
    "section": (False, ""),
    "camera": (False, ""),
    "highlight": (False, ""),
    "translucent": (False, ""),
    "hide": (False, ""),
}
CAMERA_FIELDS = {"view": (False, ""), "focus": (False, ""), "zoom": (False, "")}
TITLE_MAX = 80

_SYNTAX = re.compile(r"^(.*?)\s*\(at line (\d+), column (\d+)\)\s*$", re.S)
_MISSING = object()


def load_scene(path: str | Path, level: str | None = None, side: str | None = None) -> Scene:
    """Load one scene file, optionally moved to another disc level and side.

    Raises the first SceneError of the file; ValueError for a bad level or side override.
    """
    scene, errors = read_scene(path)
    if errors:
        raise errors[0]
    assert scene is not None
    return retarget(scene, level, side)


load = load_scene


def read_scene(path: str | Path) -> tuple[Scene | None, list[SceneError]]:
    """Load one scene file: (the scene, []) or (None, every error found)."""
    path = Path(path)
    text, error = read_text(path)
    if error:
        return None, [error]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return None, [_syntax_error(path, e)]
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
    return (None, checker.errors) if checker.errors else (scene, [])


def _syntax_error(path: Path, e: tomllib.TOMLDecodeError) -> SceneError:
    m = _SYNTAX.match(str(e))
    if not m:
        return SceneError(path, 1, f"TOML syntax error ({e}); check quotes, brackets and commas")
    what, line, col = m.group(1), int(m.group(2)), int(m.group(3))
    for pattern, plain in _SYNTAX_PLAIN:
        if pattern in what.lower():
            what = plain
            break
    else:
        what = what[:1].lower() + what[1:]
    return SceneError(
        path,
        line,
        f'TOML syntax error at column {col}: {what}; text needs "quotes", '
        "lists need [brackets] and commas, each key = value on its own line",
    )


# tomllib's words for common slips, in a teacher's words.
_SYNTAX_PLAIN = (
    ("illegal character '\\n'", "the line ends inside a text value (a closing quote is missing)"),
    ("unclosed array", "a list is not closed with ]"),
    ("expected '=' after a key", "a key must be followed by = and a value"),
    ("invalid value", "this value is not valid TOML"),
    ("cannot overwrite a value", "this key is given twice"),
    ("cannot declare", "this table is declared twice"),
)


def _fmt(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        if isinstance(v, float) and not math.isfinite(v):
            return str(v)
        if abs(v) >= 1e9:
            return f"{float(v):.3g}"
        return f"{v:g}" if isinstance(v, float) else str(v)
    if isinstance(v, str):
        return f"'{v}'" if len(v) <= 40 else f"'{v[:37]}...'"
    return _kind(v)


def _kind(v) -> str:
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, int | float):
        return "a number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, dict):
        return "a table"
    return "a date"


class _Checker:
    """Walks the parsed TOML, collecting one error per mistake (and none that merely follow)."""

    def __init__(self, file: Path, lines: dict) -> None:
        self.file = file
        self.lines = lines
        self.errors: list[SceneError] = []
        self.md: StepText | None = None  # the step texts beside the scene, once read

    def err(self, path: tuple, message: str) -> None:
        self.errors.append(SceneError(self.file, line_of(self.lines, path), message))

    # -- generic fields -------------------------------------------------------------------
    def fields(self, data: dict, path: tuple, spec: dict, where: str) -> None:
        """Unknown fields (with the nearest allowed name) and missing required ones."""
        missing = [k for k, (req, _) in spec.items() if req and k not in data]
        for key in data:
            if key not in spec:
                hint = did_you_mean(key, spec)
                self.err(path + (key,), f"unknown field '{key}' in {where}{hint}; allowed: {', '.join(spec)}")
                if hint:  # a misspelt required field is one mistake, not two
                    missing = [k for k in missing if f"'{k}'" not in hint]
        for key in missing:
            self.err(path, f"{where} is missing '{key}'; add {spec[key][1]}")

    def text(self, value, path: tuple, name: str, max_len: int | None = None) -> str | None:
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            self.err(
                path, f'{name} must be text in quotes, not {_kind(value)}; write it like {path[-1]} = "..."'
            )
            return None
        if not value.strip():
            self.err(path, f"{name} is empty; write some text between the quotes")
            return None
        if max_len and len(value) > max_len:
            self.err(path, f"{name} is {len(value)} characters long; allowed: up to {max_len}")
            return None
        return value.strip()

    def number(self, value, path: tuple, name: str, lo: float, hi: float, unit: str = "") -> float | None:
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.err(
                path, f"{name} must be a number, not {_kind(value)}; allowed: {_fmt(lo)} to {_fmt(hi)}{unit}"
            )
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.err(path, f"{name} is {value} (not a real number); allowed: {_fmt(lo)} to {_fmt(hi)}{unit}")
            return None
        if not lo <= value <= hi:
            self.err(path, f"{name} {_fmt(value)} is out of range; allowed: {_fmt(lo)} to {_fmt(hi)}{unit}")
            return None
        return float(value)

    def choice(self, value, path: tuple, name: str, choices) -> str | None:
        if value is _MISSING:
            return None
        if not isinstance(value, str):
            self.err(
                path, f"{name} must be text in quotes, not {_kind(value)}; allowed: {', '.join(choices)}"
            )
            return None
        if value not in choices:
            self.err(
                path,
                f"{name} {_fmt(value)} is not allowed{did_you_mean(value, choices)}; "
                f"allowed: {', '.join(choices)}",
            )
            return None
        return value

    def table(self, value, path: tuple, name: str) -> dict | None:
        if value is _MISSING:
            return None
        if not isinstance(value, dict):
            self.err(
                path,
                f"{name} must be a table, not {_kind(value)}; write [{path[-1]}] or {path[-1]} = {{ ... }}",
            )
            return None
        return value

    def tables(self, value, path: tuple, name: str) -> list[dict] | None:
        """An array of tables ([[name]] blocks)."""
        if value is _MISSING:
            return None
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.err(path, f"{name} must be tables, not {_kind(value)}; write one [[{name}]] block for each")
            return None
        return value

    # -- the scene ------------------------------------------------------------------------
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
        condition = self.condition(data.get("condition", _MISSING))
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
            intro=self.md.intro if self.md else "",
            file=str(self.file),
            text_file=str(self.md.file) if self.md else "",
        )

    def condition(self, value) -> Condition:
        table = self.table(value, ("condition",), "condition")
        if table is None:
            return Condition()
        self.fields(table, ("condition",), CONDITION_FIELDS, "[condition]")
        chosen = {}
        for name, choices in CHOICE_FIELDS.items():
            v = self.choice(table.get(name, _MISSING), ("condition", name), f"condition {name}", choices)
            if v is not None:
                chosen[name] = v
        return Condition(**chosen)

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

    def tracks(self, value, duration: float | None) -> tuple[Track, ...]:
        tables = self.tables(value, ("tracks",), "tracks")
        out: list[Track] = []
        seen: dict[tuple, int] = {}
        for i, t in enumerate(tables or []):
            path = ("tracks", i)
            where = f"track {i + 1}"
            self.fields(t, path, TRACK_FIELDS, where)
            param = self.choice(
                t.get("parameter", _MISSING),
                path + ("parameter",),
                f"{where} parameter",
                tuple(NUMERIC_RANGES),
            )
            easing = self.choice(t.get("easing", "linear"), path + ("easing",), f"{where} easing", EASINGS)
            level = self.choice(t.get("level", _MISSING), path + ("level",), f"{where} level", DISC_LEVELS)
            keys = self.keyframes(t.get("keyframes", _MISSING), path + ("keyframes",), where, param, duration)
            if param is not None:
                if (param, level) in seen:
                    on = f"at {level}" if level else "at the scene's level"
                    self.err(
                        path + ("parameter",),
                        f"{where} animates {param} {on} again (track "
                        f"{seen[param, level]} does already); merge their keyframes",
                    )
                seen[param, level] = i + 1
            if param and easing and keys:
                out.append(Track(param, tuple(k[0] for k in keys), tuple(k[1] for k in keys), easing, level))
        return tuple(out)

    def keyframes(self, value, path: tuple, where: str, param: str | None, duration: float | None):
        if value is _MISSING:
            return None
        name = f"{where} keyframes"
        if not isinstance(value, list) or not value:
            self.err(
                path, f"{name} must be a list of [time, value] pairs; write them like [[0, 0.0], [10, 1.0]]"
            )
            return None
        lo, hi = NUMERIC_RANGES.get(param, (-math.inf, math.inf))
        keys: list[tuple[float, float]] = []
        ok = True
        for j, pair in enumerate(value):
            kp = path + (j,)
            if not isinstance(pair, list) or len(pair) != 2:
                self.err(
                    kp,
                    f"{where} keyframe {j + 1} must be a [time, value] pair, not {_kind(pair)}"
                    + (f" of {len(pair)}" if isinstance(pair, list) else "")
                    + "; write it like [10, 0.5]",
                )
                ok = False
                continue
            t = self.number(
                pair[0],
                kp + (0,),
                f"{where} keyframe {j + 1} time",
                0.0,
                duration if duration is not None else math.inf,
                " s (the scene's length)",
            )
            if param is not None:
                v = self.number(pair[1], kp + (1,), f"{where} keyframe {j + 1} {param} value", lo, hi)
            else:
                v = self.number(pair[1], kp + (1,), f"{where} keyframe {j + 1} value", -math.inf, math.inf)
            if t is None or v is None:
                ok = False
                continue
            if keys and t <= keys[-1][0]:
                if t == keys[-1][0]:
                    self.err(kp, f"{where} has two keyframes at {_fmt(t)} s; each time may appear once")
                else:
                    self.err(
                        kp,
                        f"{where} keyframe times must increase: {_fmt(t)} s comes after "
                        f"{_fmt(keys[-1][0])} s; put the keyframes in time order",
                    )
                ok = False
                continue
            keys.append((t, v))
        return keys if ok else None

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
                        f"the first step starts at {_fmt(t)} s; it must start at 0 "
                        "so every moment of the scene has a step",
                    )
                elif prev is not None and t <= prev:
                    self.err(
                        path + ("time",),
                        f"{where} at {_fmt(t)} s does not come after step {i} at "
                        f"{_fmt(prev)} s; steps must be in time order",
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
            out.append(dict(index=i, time=t, title=title, text=text, section=section, camera=camera, **parts))
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
    def step_texts(self, steps: list[dict]) -> tuple[Step, ...]:
        """Each step's text: inline, or its '## ' section in the .md file beside the scene."""
        md = self.file.with_suffix(".md")
        need = [s for s in steps if s["text"] is None]
        if not md.exists():
            if need:
                i = need[0]["index"]
                self.err(
                    ("steps", i),
                    f"step {i + 1} has no text and there is no {md.name} beside the "
                    "scene; write one with a '## <step title>' section per step, or "
                    'give the step text = "..."',
                )
            return self.make_steps(steps, {})
        self.md, errors = read_step_text(md)
        self.errors += errors
        if self.md is None:
            return ()
        sections = self.md.sections
        keys = {heading_key(s["section"] or s["title"]) for s in steps}
        used: set[str] = set()
        texts: dict[int, str] = {}
        for s in steps:
            i, key = s["index"], heading_key(s["section"] or s["title"])
            if s["text"] is not None:
                if key in sections and s["section"] is None:
                    sec = sections[key]
                    self.errors.append(
                        SceneError(
                            md,
                            sec.line,
                            f"section '## {sec.heading}' repeats step "
                            f"{i + 1}, which has its text inline; keep one",
                        )
                    )
                used.add(key)
            elif key in sections:
                texts[i] = sections[key].text
                used.add(key)
            else:
                unused = [k for k in sections if k not in keys]
                near = difflib.get_close_matches(key, unused, n=1, cutoff=0.6)
                if near:  # a misspelt heading is one mistake: say so here, not again below
                    used.add(near[0])
                    hint = f"did you mean '## {sections[near[0]].heading}' at line {sections[near[0]].line}?"
                else:
                    hint = "sections there: " + (
                        ", ".join(f"'{x.heading}'" for x in sections.values()) or "none"
                    )
                path = ("steps", i, "section" if s["section"] else "title")
                self.err(
                    path,
                    f"step {i + 1} has no text: {md.name} has no '## {s['section'] or s['title']}' "
                    f'section ({hint}); add it, or give the step text = "..."',
                )
        for key, sec in sections.items():
            if key not in used:
                titles = ", ".join(f"'{s['section'] or s['title']}'" for s in steps)
                self.errors.append(
                    SceneError(
                        md,
                        sec.line,
                        f"section '## {sec.heading}' matches no step; "
                        f"each '## ' heading must be a step's title ({titles})",
                    )
                )
        return self.make_steps(steps, texts)

    def make_steps(self, steps: list[dict], texts: dict[int, str]) -> tuple[Step, ...]:
        return tuple(
            Step(
                time=s["time"],
                title=s["title"],
                text=s["text"] or texts.get(s["index"], ""),
                camera=s["camera"],
                highlight=s["highlight"],
                translucent=s["translucent"],
                hide=s["hide"],
            )
            for s in steps
        )

    def text_placeholders(self, summary: str, steps: list[dict]) -> None:
        """Every {placeholder} in the summary, titles and texts must be one the timeline fills in."""
        where: list[tuple[str, tuple, StepText | None]] = [(summary, ("summary",), None)]
        for s in steps:
            where.append((s["title"], ("steps", s["index"], "title"), None))
            if s["text"] is not None:
                where.append((s["text"], ("steps", s["index"], "text"), None))
        if self.md is not None:
            where.append((self.md.source, (), self.md))
        for text, path, md in where:
            m = next(
                (m for m in TEXT_PLACEHOLDER_PATTERN.finditer(text) if m.group(1) not in TEXT_PLACEHOLDERS),
                None,
            )
            if m is None:
                continue
            message = (
                f"'{m.group(0)}' is not a placeholder{did_you_mean(m.group(1), TEXT_PLACEHOLDERS)}; "
                f"allowed in texts: {', '.join('{' + p + '}' for p in TEXT_PLACEHOLDERS)}"
            )
            if md is None:
                self.err(path, message)
            else:
                self.errors.append(SceneError(md.file, md.line_of(m.group(0)), message))


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
