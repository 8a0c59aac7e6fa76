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
    Step,
    Track,
    did_you_mean,
    level_words,
    resolve_focus,
    resolve_parts,
    retarget,
)
from scenes.tomllines import key_lines, line_of
from scenes.views import DEFAULT_VIEW, VIEWS


class SceneError(Exception):
    """One mistake in a scene file: where it is and one sentence on what is wrong and allowed."""

    def __init__(self, file: str | Path, line: int, message: str) -> None:
        super().__init__(file, line, message)
        self.file = str(file)
        self.line = int(line)
        self.message = message

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "message": self.message}


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
    try:
        raw = path.read_bytes()
    except OSError as e:
        return None, [SceneError(path, 0, f"cannot be read ({e.strerror or e}); give a readable .toml file")]
    text, error = _decode(path, raw)
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


def _decode(path: Path, raw: bytes) -> tuple[str, SceneError | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return "", SceneError(
            path, line, f"byte 0x{raw[e.start]:02X} is not UTF-8 text; save the file as UTF-8"
        )


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
        self.intro = ""  # Markdown before the first '## ' heading
        self.md_file = ""
        self.md_text = ""
        self.inline_text: dict[int, str] = {}  # step index -> text given in the TOML

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
        steps = self.step_texts(steps)
        self.text_placeholders(summary, steps)
        if self.errors:
            return None
        intro = self.intro
        return Scene(
            id=sid,
            title=title,
            summary=summary,
            level=level,
            duration=duration,
            condition=condition,
            tracks=tracks,
            steps=steps,
            phase_rate=phase_rate,
            intro=intro,
            file=str(self.file),
            text_file=self.md_file,
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
    def text_placeholders(self, summary: str, steps: tuple[Step, ...]) -> None:
        """Every {placeholder} in the summary, titles and texts must be one the timeline fills in."""
        md = Path(self.md_file) if self.md_file else None
        where = [(summary, ("summary",), None)]
        for i, step in enumerate(steps):
            where.append((step.title, ("steps", i, "title"), None))
            inline = step.text == self.inline_text.get(i)
            where.append((step.text, ("steps", i, "text"), None if inline else md))
        where.append((self.intro, (), md))
        for text, path, file in where:
            for m in TEXT_PLACEHOLDER_PATTERN.finditer(text):
                if m.group(1) in TEXT_PLACEHOLDERS:
                    continue
                message = (
                    f"'{m.group(0)}' is not a placeholder{did_you_mean(m.group(1), TEXT_PLACEHOLDERS)}; "
                    f"allowed in texts: {', '.join('{' + p + '}' for p in TEXT_PLACEHOLDERS)}"
                )
                if file is None:
                    self.err(path, message)
                else:
                    self.errors.append(SceneError(file, self.md_line_of(m.group(0)), message))
                break

    def md_line_of(self, token: str) -> int:
        for n, line in enumerate(self.md_text.splitlines(), start=1):
            if token in line:
                return n
        return 1

    def step_texts(self, steps: list[dict]) -> tuple[Step, ...]:
        need = [s for s in steps if s["text"] is None]
        md = self.file.with_suffix(".md")
        sections: dict[str, tuple[int, str, str]] | None = {}
        if md.exists() or need:
            sections = self.markdown(md, need)
            self.md_file = str(md) if md.exists() else ""
        if sections is None:  # no readable text file: already reported once
            return ()
        used: set[str] = set()
        keys = {_norm(s["section"] or s["title"]) for s in steps}
        out = []
        for s in steps:
            key = _norm(s["section"] or s["title"])
            text = s["text"]
            if text is not None:
                self.inline_text[s["index"]] = text
            path = ("steps", s["index"], "section" if s["section"] else "title")
            if text is None:
                if key not in sections:
                    heading = s["section"] or s["title"]
                    near = difflib.get_close_matches(
                        key, [k for k in sections if k not in keys], n=1, cutoff=0.6
                    )
                    if near:  # a misspelt heading is one mistake: say so here, not again below
                        used.add(near[0])
                        line, h, _ = sections[near[0]]
                        hint = f"(did you mean '## {h}' at line {line}?)"
                    else:
                        hint = (
                            "(sections there: "
                            + (", ".join(f"'{h}'" for _, h, _ in sections.values()) or "none")
                            + ")"
                        )
                    self.err(
                        path,
                        f"step {s['index'] + 1} has no text: {md.name} has no '## {heading}' section "
                        f'{hint}; add it, or give the step text = "..."',
                    )
                    continue
                text = sections.get(key, (0, "", ""))[2]
            elif key in sections and s["section"] is None:
                line, heading, _ = sections[key]
                self.errors.append(
                    SceneError(
                        md,
                        line,
                        f"section '## {heading}' repeats step {s['index'] + 1}, "
                        "which has its text inline; keep one of the two",
                    )
                )
            used.add(key)
            out.append(
                Step(
                    time=s["time"],
                    title=s["title"],
                    text=text,
                    camera=s["camera"],
                    highlight=s["highlight"],
                    translucent=s["translucent"],
                    hide=s["hide"],
                )
            )
        for key, (line, heading, _) in sections.items():
            if key not in used:
                titles = ", ".join(f"'{s['section'] or s['title']}'" for s in steps)
                self.errors.append(
                    SceneError(
                        md,
                        line,
                        f"section '## {heading}' matches no step; each "
                        f"'## ' heading must be a step's title ({titles})",
                    )
                )
        return tuple(out)

    def markdown(self, md: Path, need: list[dict]) -> dict[str, tuple[int, str, str]] | None:
        """'## ' sections of the step text file: normalised heading -> (line, heading, body);
        None when the file is missing or unreadable (reported)."""
        if not md.exists():
            s = need[0]
            self.err(
                ("steps", s["index"]),
                f"step {s['index'] + 1} has no text and there is no {md.name} "
                "beside the scene; write one with a '## <step title>' section "
                'per step, or give the step text = "..."',
            )
            return None
        try:
            raw = md.read_bytes()
        except OSError as e:
            self.errors.append(SceneError(md, 0, f"cannot be read ({e.strerror or e}); give a readable file"))
            return None
        text, error = _decode(md, raw)
        if error:
            self.errors.append(error)
            return None
        self.md_text = text
        sections: dict[str, tuple[int, str, str]] = {}
        intro: list[str] = []
        current: list[str] = intro
        heading = None
        fenced = False
        for n, line in enumerate(text.splitlines(), start=1):
            if line.lstrip().startswith("```"):
                fenced = not fenced
            if not fenced and line.startswith("## "):
                if heading is not None:
                    self.section_done(md, sections, heading, current)
                heading = (n, line[3:].strip())
                current = []
                continue
            if not fenced and heading is None and line.startswith("# "):
                continue  # the file's own title
            current.append(line)
        if heading is not None:
            self.section_done(md, sections, heading, current)
        self.intro = "\n".join(intro).strip()
        return sections

    def section_done(self, md: Path, sections: dict, heading: tuple[int, str], body: list[str]) -> None:
        line, title = heading
        key = _norm(title)
        if key in sections:
            self.errors.append(
                SceneError(
                    md,
                    line,
                    f"section '## {title}' appears twice (first at line "
                    f"{sections[key][0]}); each step has one section",
                )
            )
            return
        text = "\n".join(body).strip()
        if not text:
            self.errors.append(
                SceneError(
                    md, line, f"section '## {title}' is empty; write the step's text under its heading"
                )
            )
        sections[key] = (line, title, text)


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


def _norm(heading: str) -> str:
    return " ".join(heading.split()).casefold()
