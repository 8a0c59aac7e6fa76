"""Turn a scene and a time (seconds) into a `Frame`: the pathology state with every track
interpolated, the current step, its camera and the parts it highlights, fades or hides.

Pure functions of plain data, no Qt: the window, the command line and the tests call the same
`frame_at`. Level and side may be overridden, so a scene replays at the physician's choice.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from meshes.layout import disc_centre, spine_centre
from meshes.state import HEALTHY, NUMERIC_RANGES, PathologyState
from scenes.language import localize_words
from scenes.schema import (
    Scene,
    Step,
    Track,
    expand,
    expand_text,
    level_words,
    resolve_focus,
    resolve_parts,
    retarget,
)


@dataclass(frozen=True)
class CameraPose:
    """What the viewport should show: a named view (scenes.views), a focal point in world mm
    and a zoom factor (1 = the view's default distance)."""

    view: str
    focus: tuple[float, float, float]
    zoom: float
    focus_level: str | None = None  # the disc level focused on; None for the whole spine


@dataclass(frozen=True)
class Frame:
    """Everything the window needs to draw one moment of a scene."""

    time: float  # seconds, within [0, duration]
    state: PathologyState
    step_index: int
    step: Step  # as written, with its {placeholders}
    title: str  # the step's title and Markdown text for this level and side
    text: str
    camera: CameraPose
    highlight: frozenset[str]  # part ids
    translucent: frozenset[str]
    hidden: frozenset[str]
    level: str
    side: str


def frame_at(scene: Scene, t: float, level: str | None = None, side: str | None = None) -> Frame:
    """The frame at `t` seconds (clamped to the scene), optionally at another level and side."""
    if level is not None or side is not None:
        scene = retarget(scene, level, side)
    t = clamp_time(scene, t)
    i = step_index_at(scene, t)
    step = scene.steps[i]
    level, cond = step_level(scene, step)
    view = _step_view(step, level, cond.side, cond.direction, scene.lang)
    highlight, translucent, hidden, camera, title, text = view
    return Frame(
        time=t,
        state=state_at(scene, t),
        step_index=i,
        step=step,
        title=title,
        text=text,
        camera=camera,
        highlight=highlight,
        translucent=translucent,
        hidden=hidden,
        level=level,
        side=cond.side,
    )


def step_level(scene: Scene, step: Step):
    """The disc a step is about and that disc's fixed choices: a step with its own `level` (a
    scene of several findings) uses that disc's [condition_at] choices, else the scene's."""
    if step.level is None or step.level == scene.level:
        return scene.level, scene.condition
    return step.level, dict(scene.level_conditions).get(step.level, scene.condition)


def state_at(scene: Scene, t: float) -> PathologyState:
    """The pathology state at `t` seconds: healthy discs, then the scene's condition and tracks."""
    t = clamp_time(scene, t)
    changes: dict[str, dict] = {}
    # Tracks pinned to a level first, so the scene's own level wins where they meet.
    for track in sorted(scene.tracks, key=lambda tr: tr.level is None):
        lv = track.level or scene.level
        changes.setdefault(lv, {})[track.parameter] = float(track_values(track, np.array([t]))[0])
    changes.setdefault(scene.level, {})
    conds = {**dict(scene.level_conditions), scene.level: scene.condition}
    discs = tuple(
        (
            lv,
            replace(s, **vars(conds.get(lv, scene.condition)), **changes[lv]),
        )
        if lv in changes
        else (lv, s)
        for lv, s in HEALTHY.discs
    )
    phase = (t * scene.phase_rate) % 1.0
    return PathologyState(discs=discs, phase=phase)


def track_values(track: Track, times: np.ndarray) -> np.ndarray:
    """A track's values at many times at once (held flat before the first and after the last key)."""
    kt, kv = _arrays(track)
    times = np.asarray(times, dtype=float)
    if len(kt) == 1:
        return np.full(times.shape, kv[0])
    if track.easing == "step":
        idx = np.clip(np.searchsorted(kt, times, side="right") - 1, 0, len(kt) - 1)
        return kv[idx]
    seg = np.clip(np.searchsorted(kt, times, side="right") - 1, 0, len(kt) - 2)
    u = np.clip((times - kt[seg]) / (kt[seg + 1] - kt[seg]), 0.0, 1.0)
    if track.easing == "ease-in-out":
        u = u * u * (3.0 - 2.0 * u)  # smoothstep: starts and stops gently
    lo, hi = NUMERIC_RANGES[track.parameter]
    return np.clip(kv[seg] + (kv[seg + 1] - kv[seg]) * u, lo, hi)


def sample(scene: Scene, times, level: str | None = None) -> dict[tuple[str, str], np.ndarray]:
    """Every track's values at many times: {(disc level, parameter): values}, for plots and tests."""
    target = level or scene.level
    out: dict[tuple[str, str], np.ndarray] = {}
    for track in sorted(scene.tracks, key=lambda tr: tr.level is None):
        out[(track.level or target, track.parameter)] = track_values(track, np.asarray(times, float))
    return out


def step_index_at(scene: Scene, t: float) -> int:
    """Index of the step showing at `t`: the last one that has started."""
    starts = [s.time for s in scene.steps]
    return max(0, bisect.bisect_right(starts, t) - 1)


def step_time(scene: Scene, i: int) -> float:
    """Start time of step `i` (0-based; negative counts from the end)."""
    n = len(scene.steps)
    if not -n <= i < n:
        raise ValueError(f"step {i} does not exist; '{scene.id}' has steps 0 to {n - 1}")
    return scene.steps[i].time


def step_end_time(scene: Scene, i: int) -> float:
    """A moment just before step `i` (0-based) ends, when its animation has played out: what a
    still of the step shows."""
    n = len(scene.steps)
    if not -n <= i < n:
        raise ValueError(f"step {i} does not exist; '{scene.id}' has steps 0 to {n - 1}")
    i %= n
    end = scene.steps[i + 1].time if i + 1 < n else scene.duration
    return max(scene.steps[i].time, end - 0.05)


def time_of(scene: Scene, at: str | float) -> float:
    """A time given as seconds, 'start' or 'end' (e.g. from --at), checked against the scene."""
    if isinstance(at, str):
        word = at.strip().lower()
        if word == "end":
            return scene.duration
        if word == "start":
            return 0.0
        try:
            at = float(word)
        except ValueError:
            at = math.nan
    t = float(at)
    if not (0.0 <= t <= scene.duration):  # also NaN
        raise ValueError(
            f"time {at!r} is not in the scene; '{scene.id}' runs from 0 to {scene.duration:g} seconds "
            "(or say 'start' or 'end')"
        )
    return t


def clamp_time(scene: Scene, t: float) -> float:
    t = float(t)
    if math.isnan(t):
        raise ValueError("time must be a number of seconds, not NaN")
    return min(max(t, 0.0), scene.duration)


@lru_cache(maxsize=256)
def _arrays(track: Track) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(track.times, float), np.asarray(track.values, float)


def step_texts(scene: Scene, level: str | None = None, side: str | None = None) -> list[tuple[str, str]]:
    """(title, Markdown text) of every step for this level and side, for a list of all steps."""
    scene = retarget(scene, level, side)
    out = []
    for s in scene.steps:
        lv, cond = step_level(scene, s)
        words = localize_words(level_words(lv, cond.side, cond.direction), scene.lang)
        out.append((expand_text(s.title, words), expand_text(s.text, words)))
    return out


def scene_texts(scene: Scene, level: str | None = None, side: str | None = None) -> tuple[str, str]:
    """The scene's summary and introduction (Markdown) for this level and side."""
    scene = retarget(scene, level, side)
    words = localize_words(level_words(scene.level, scene.side, scene.condition.direction), scene.lang)
    return expand_text(scene.summary, words), expand_text(scene.intro, words)


@lru_cache(maxsize=512)
def _step_view(step: Step, level: str, side: str, direction: str, lang: str = "en") -> tuple:
    """Resolved part sets, camera, title and text of a step at one level and side (cached)."""
    words = level_words(level, side, direction)
    focus_level = resolve_focus(step.camera.focus, words)
    focus = disc_centre(focus_level) if focus_level else spine_centre()
    camera = CameraPose(
        expand(step.camera.view, words), tuple(float(x) for x in focus), step.camera.zoom, focus_level
    )
    return (
        resolve_parts(step.highlight, words),
        resolve_parts(step.translucent, words),
        resolve_parts(step.hide, words),
        camera,
        expand_text(step.title, text_words := localize_words(words, lang)),
        expand_text(step.text, text_words),
    )
