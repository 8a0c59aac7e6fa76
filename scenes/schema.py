"""What a scene is, as plain frozen data, and what its part references mean.

A scene is one TOML file plus a Markdown file of step texts (see `scenes/README.md`). The loader
(`scenes.loader`) turns the files into a `Scene`; the timeline (`scenes.timeline`) turns a
`Scene` and a time in seconds into a `Frame`. Times are seconds, zoom is a factor (1 = the
view's default distance), parameter values use the ranges of `meshes.state.NUMERIC_RANGES`.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
from dataclasses import dataclass, field, make_dataclass, replace
from functools import cache
from pathlib import Path

from meshes.dimensions import DISC_LEVELS, LEVELS, SIDES, exit_level
from meshes.parts import GROUPS, PARTS
from meshes.state import CHOICE_FIELDS, DiscState
from scenes.views import DEFAULT_VIEW

EASINGS: tuple[str, ...] = ("linear", "ease-in-out", "step")
DURATION_RANGE = (1.0, 600.0)  # seconds
ZOOM_RANGE = (0.25, 8.0)  # 1 = the view's default distance, 2 = twice as close
PHASE_RATE_RANGE = (0.0, 4.0)  # rocking cycles per second of an unstable segment
STEP_COUNT_RANGE = (1, 12)
ORDER_RANGE = (0, 999)  # a scene's place in the list: teaching order, lowest first
UNORDERED = ORDER_RANGE[1] + 1  # scenes without an order come after the ordered ones
SCENE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

DISCLAIMER = (
    "This program is for learning only. It is not medical advice and cannot tell what is "
    "wrong with you. Ask your own doctor about your back and your care."
)
ARTICLE_CREDIT = '"Stem Cells Lower Back Pain: Confused?" by Chris Centeno, MD (Regenexx blog)'

# Part references may hold these placeholders; the timeline fills them in for the chosen level
# and side, so one scene can be replayed at another level (L4-L5 -> {upper}=L4, {lower}=L5).
PLACEHOLDERS: dict[str, str] = {
    "level": "the disc level, e.g. L4-L5",
    "upper": "the vertebra above the disc, e.g. L4",
    "lower": "the bone below the disc, e.g. L5 (S1 at L5-S1)",
    "exiting_root": "the root that leaves through the foramen at this level (L4 at L4-L5)",
    "traversing_root": "the root that runs past this disc to the next level (L5 at L4-L5)",
    "affected_root": "the root the scene's herniation direction catches",
    "side": "the scene's side, left or right",
    "other_side": "the side opposite the scene's side",
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# In step titles and texts only {lower_case_words} are placeholders, so other braces stay text.
TEXT_PLACEHOLDER_PATTERN = re.compile(r"\{([a-z_]+)\}")

# Where a root is felt and what it moves, in plain words (anatomy.md, dermatome table). Step
# texts say {affected_root_area} and {affected_root_muscle} so they stay right at any level.
ROOT_AREAS: dict[str, str] = {
    "L1": "the groin and the top of the front of the thigh",
    "L2": "the middle of the front of the thigh",
    "L3": "the lower front of the thigh down to the inner side of the knee",
    "L4": "the inner side of the shin down to the inner ankle",
    "L5": "the outer side of the shin, the top of the foot and the big toe",
    "S1": "the back of the calf, the heel, and the outer edge and sole of the foot",
}
ROOT_MUSCLES: dict[str, str] = {
    "L1": "bending the hip",
    "L2": "lifting the thigh",
    "L3": "straightening the knee",
    "L4": "pulling the foot up at the ankle",
    "L5": "lifting the big toe",
    "S1": "standing on tiptoe",
}
_ROOT_WORDS = ("exiting_root", "traversing_root", "affected_root")
TEXT_PLACEHOLDERS: dict[str, str] = {
    **PLACEHOLDERS,
    **{f"{r}_area": f"where the {r.split('_')[0]} root is felt, in plain words" for r in _ROOT_WORDS},
    **{f"{r}_muscle": f"what the {r.split('_')[0]} root moves, in plain words" for r in _ROOT_WORDS},
}
# Level-relative regions: the bones, discs, ligaments and joints above or below the scene's disc,
# so a step can look down onto a disc from above as on an axial MRI slice. The dural sac and the
# roots that pass the disc stay; 'above' also takes the roots that have left the spine higher up.
REGIONS: dict[str, str] = {
    "above": "every bone, disc, ligament and joint above the disc, and the roots that leave above it",
    "below": "every bone, disc, ligament and joint below the disc (the dural sac and roots stay)",
}
# Bones named by level: the bone below L5 is the sacrum, so 'vertebra.{lower}' works at L5-S1.
PART_ALIASES: dict[str, str] = {"vertebra.S1": "sacrum"}


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


# The choices that stay fixed through a scene: those the failure modes declare
# (meshes.state.CHOICE_FIELDS: direction, side, fissure_kind), with the disc state's defaults.
Condition = make_dataclass(
    "Condition",
    [(name, str, field(default=getattr(DiscState, name))) for name in CHOICE_FIELDS],
    frozen=True,
)
Condition.__module__ = __name__


@dataclass(frozen=True)
class Track:
    """One animated DiscState number: keyframe times (s, strictly increasing) and values."""

    parameter: str
    times: tuple[float, ...]
    values: tuple[float, ...]
    easing: str = "linear"
    level: str | None = None  # None: the scene's level (follows a level override)


@dataclass(frozen=True)
class Camera:
    """Where a step looks from: a view name, an optional disc level to centre on, a zoom."""

    view: str = DEFAULT_VIEW  # a name in scenes.views.VIEWS, or '{side}' / '{other_side}'
    focus: str | None = None  # a disc level or '{level}'; None: the whole lumbar spine
    zoom: float = 1.0


@dataclass(frozen=True)
class Step:
    """One narrated step: from `time` until the next step's time."""

    time: float
    title: str
    text: str  # Markdown
    camera: Camera = field(default_factory=Camera)
    highlight: tuple[str, ...] = ()  # part references: ids, groups, patterns, placeholders
    translucent: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    level: str | None = None  # the disc this step is about; None: the scene's (follows a level override)


@dataclass(frozen=True)
class Scene:
    """A whole scene, ready to play. `file` and `text_file` say where it came from."""

    id: str
    title: str
    summary: str
    level: str
    duration: float
    condition: Condition
    tracks: tuple[Track, ...]
    steps: tuple[Step, ...]
    phase_rate: float = 0.0  # cycles per second; 0 = no rocking
    # Fixed choices of other discs ([condition_at.L5-S1]): a scene of several findings, e.g. one
    # read from an MRI report, points each disc's problem its own way. They stay at their level.
    level_conditions: tuple[tuple[str, Condition], ...] = ()
    intro: str = ""  # Markdown before the first step heading
    questions: tuple = ()  # scenes.quiz.Question: the scene's quiz, as written
    order: int = UNORDERED  # place in the scene list (the `order` key); ties go by title
    file: str = ""
    text_file: str = ""
    lang: str = "en"  # the language of the titles and texts (scenes.language)

    @property
    def side(self) -> str:
        return self.condition.side


def retarget(scene: Scene, level: str | None = None, side: str | None = None) -> Scene:
    """The same scene at another disc level and/or side (the physician's controls).

    Tracks without their own level, the camera focus '{level}' and part placeholders follow.
    """
    if level is not None and level not in DISC_LEVELS:
        raise ValueError(f"level must be one of {', '.join(DISC_LEVELS)}, not {level!r}")
    if side is not None and side not in SIDES:
        raise ValueError(f"side must be left or right, not {side!r}")
    if level is not None:
        scene = replace(scene, level=level)
    if side is not None:
        scene = replace(scene, condition=replace(scene.condition, side=side))
    return scene


def level_words(level: str, side: str, direction: str = DiscState.direction) -> dict[str, str]:
    """The placeholder values for one disc level and side (part references use the first
    eight, texts all of them)."""
    if level not in DISC_LEVELS:
        raise ValueError(f"level must be one of {', '.join(DISC_LEVELS)}, not {level!r}")
    if side not in SIDES:
        raise ValueError(f"side must be left or right, not {side!r}")
    upper, lower = level.split("-")
    words = {
        "level": level,
        "upper": upper,
        "lower": lower,
        "exiting_root": upper,
        "traversing_root": lower,
        "affected_root": upper if direction in ("foraminal", "far-lateral") else lower,
        "side": side,
        "other_side": "right" if side == "left" else "left",
    }
    for r in _ROOT_WORDS:
        words[f"{r}_area"] = ROOT_AREAS[words[r]]
        words[f"{r}_muscle"] = ROOT_MUSCLES[words[r]]
    return words


def expand(text: str, words: dict[str, str]) -> str:
    """Fill in the {placeholders} of a part reference or focus; an unknown one raises ValueError."""
    return _expand(_PLACEHOLDER, text, words, PLACEHOLDERS)


def expand_text(text: str, words: dict[str, str]) -> str:
    """Fill in the {placeholders} of a title or Markdown text; an unknown one raises ValueError."""
    return _expand(TEXT_PLACEHOLDER_PATTERN, text, words, TEXT_PLACEHOLDERS)


def _expand(pattern: re.Pattern, text: str, words: dict[str, str], allowed: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in allowed:
            raise ValueError(
                f"'{{{name}}}' is not a placeholder{did_you_mean(name, allowed)}; "
                f"allowed: {', '.join('{' + p + '}' for p in allowed)}"
            )
        return words[name]

    return pattern.sub(sub, text)


def resolve_part(ref: str, words: dict[str, str]) -> tuple[str, ...]:
    """The part ids one reference names: an id, a group, a region ('above'/'below' the scene's
    disc) or a pattern like 'root.L5.*'; placeholders like '{level}' are filled in first.

    Raises ValueError (one sentence) when it names nothing.
    """
    name = expand(ref, words)
    name = PART_ALIASES.get(name, name)
    if name in PARTS:
        return (name,)
    if name in GROUPS:
        return _group(name)
    if name in REGIONS:
        return _region(name, words["level"])
    if any(c in name for c in "*?["):
        ids = tuple(p for p in PARTS if fnmatch.fnmatchcase(p, name))
        if ids:
            return ids
        raise ValueError(f"pattern '{ref}' matches no part; part ids look like 'root.L5.left'")
    shown = f"'{ref}'" if ref == name else f"'{ref}' ('{name}')"
    hint = did_you_mean(name, [*PARTS, *GROUPS, *REGIONS])
    raise ValueError(
        f"{shown} is not a part id, group, region or pattern{hint}; "
        f"groups are {', '.join(GROUPS)}, regions {', '.join(REGIONS)}, ids look like 'annulus.L4-L5'"
    )


def resolve_parts(refs: tuple[str, ...], words: dict[str, str]) -> frozenset[str]:
    out: set[str] = set()
    for ref in refs:
        out.update(resolve_part(ref, words))
    return frozenset(out)


def resolve_focus(focus: str | None, words: dict[str, str]) -> str | None:
    """The disc level a camera focus names, after placeholders; None for the whole spine."""
    if focus is None:
        return None
    level = expand(focus, words)
    if level not in DISC_LEVELS:
        raise ValueError(
            f"focus '{focus}' is not a disc level; allowed: {', '.join(DISC_LEVELS)} or {{level}}"
        )
    return level


@cache
def _region(region: str, level: str) -> tuple[str, ...]:
    here = _height(level)
    out = []
    for p in PARTS.values():
        if p.level is None:
            continue
        if p.group == "nerve":  # a root: where it leaves the spine
            if region == "above" and _height(exit_level(p.level)) < here:
                out.append(p.id)
            continue
        h = _height(p.level)
        if (h < here) if region == "above" else (h > here):
            out.append(p.id)
    return tuple(out)


def _height(level: str) -> int:
    """Order along the spine, top down: L1=0, L1-L2=1, L2=2, ... L5-S1=9, S1=10 (and the S1
    root's exit, the first sacral foramen)."""
    if level in DISC_LEVELS:
        return 2 * DISC_LEVELS.index(level) + 1
    return 2 * LEVELS.index(level) if level in LEVELS else 2 * len(LEVELS)


@cache
def _group(group: str) -> tuple[str, ...]:
    return tuple(p.id for p in PARTS.values() if p.group == group)


def did_you_mean(word: str, choices) -> str:
    """A ' (did you mean 'x'?)' hint for the closest choice, or '' when none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
