"""The patient handout: a one- or two-page PDF (Qt's QPdfWriter) or a printout (QPrinter) of a scene.

Page 1 opens with the title, the level and side, three pictures (the healthy disc beside the
condition where the scene has one) and the plain-language text of every step; the handout ends
with the nerve root and body area involved, the words explained, the sources, the disclaimer and
a ruled field for the physician's notes. Every page carries the disclaimer and its page number.

The same painting code serves the PDF and the printer (both are QPagedPaintDevice). If the text
would run past two pages, the type gets a little smaller until it fits.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from app.i18n import SIDES, translate

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from meshes.model import Model
    from scenes.schema import Scene

APP_NAME = "Lumbar Spine Viewer"
NOMENCLATURE = (
    "Fardon DF, Williams AL, Dohring EJ, et al. Lumbar disc nomenclature: version 2.0. "
    "The Spine Journal 2014;14(11):2525-2545 (NASS, ASSR, ASNR)."
)
STILL_PIXELS = (960, 720)
STILL_ZOOM = 1.4  # times each step's own zoom  # each picture; about 300 dpi at a third of an A4 page's width


@dataclass(frozen=True)
class Still:
    image: NDArray[np.uint8]  # (h, w, 3) RGB
    caption: str


@dataclass(frozen=True)
class RootInfo:
    root: str  # 'L5'
    sides: tuple[str, ...]
    area: str  # where it is felt, plain words
    muscle: str  # what it moves
    main: bool  # the root the scene's herniation catches (else: a root the scene shows touched)


@dataclass(frozen=True)
class HandoutContent:
    """Everything printed, as plain data (tests read it; the painter only lays it out)."""

    title: str
    where: str  # 'the L4-L5 disc, left side'
    summary: str
    intro_html: str
    steps: tuple[tuple[str, str], ...]  # (title, HTML)
    roots: tuple[RootInfo, ...]
    terms: tuple[tuple[str, str], ...]  # (term, plain words)
    stills: tuple[Still, ...]
    scene_id: str
    pressed: tuple[tuple[str, float], ...] = ()  # ('L5.left', compression 0..1): lit on the body map
    date: str = field(default_factory=lambda: _dt.date.today().isoformat())
    take_home: str = ""  # the name of the take-home 3D page given with the handout, if one is


# ---- content (no Qt) ---------------------------------------------------------------------------
def _clean_markdown(text: str) -> str:
    """Drop the program's own disclaimer lines from a text: the handout prints it once, boxed."""
    from scenes.language import disclaimer

    opening = re.escape(" ".join(disclaimer().split()[:5]))
    blocks = re.split(r"\n\s*\n", text.strip())
    starts = rf"^\*?(This program is for learning only|{opening})"
    keep = [b for b in blocks if not re.match(starts, b.strip())]
    return "\n\n".join(keep)


def _severity(scene: Scene, t: float) -> float:
    """How far the scene's own disc is from healthy at ``t``: the sum of its numbers, each 0..1."""
    from meshes.state import HEALTHY, NUMERIC_RANGES
    from scenes.timeline import state_at

    state = dict(state_at(scene, t).discs)[scene.level]
    rest = dict(HEALTHY.discs)[scene.level]
    total = 0.0
    for name, (lo, hi) in NUMERIC_RANGES.items():
        total += abs(getattr(state, name) - getattr(rest, name)) / (hi - lo)
    return total


def _step_end(scene: Scene, i: int) -> float:
    """A moment just before step ``i`` ends, when its animation has played out."""
    end = scene.steps[i + 1].time if i + 1 < len(scene.steps) else scene.duration
    return max(scene.steps[i].time, end - 0.05)


def pick_moments(scene: Scene) -> list[tuple[float, bool, str]]:
    """The three pictures of a handout as (time, healthy?, caption).

    With a condition: the step that shows it best (most advanced, a nerve root lit, looking down
    onto the disc as on an MRI scan), once healthy and once as it is; then the most advanced step
    seen from another direction. Without one (a tour): three steps spread through the scene.
    """
    from scenes.timeline import frame_at

    n = len(scene.steps)
    sev = [_severity(scene, _step_end(scene, i)) for i in range(n)]
    frames = [frame_at(scene, _step_end(scene, i)) for i in range(n)]
    if max(sev) < 0.05:
        picks = sorted({0, n // 2, n - 1} if n >= 3 else set(range(n)))
        return [(_step_end(scene, i), False, frames[i].title) for i in picks]
    # The last step of a scene steps back to sum up; it is the last choice for a picture.
    steps = list(range(n - 1)) if n > 2 else list(range(n))

    def score(i: int) -> float:
        lit_root = any(p.startswith("root.") for p in frames[i].highlight)
        return sev[i] / max(sev) + 0.5 * lit_root + 0.3 * (frames[i].camera.view == "superior")

    key = max(steps, key=score)
    # Another direction, on a step that lights the disc itself if one does, so it shows the disc.
    others = [i for i in steps if frames[i].camera.view != frames[key].camera.view] or steps
    disc_lit = [
        i for i in others if any(p.split(".")[0] in ("annulus", "nucleus") for p in frames[i].highlight)
    ]
    second = max(disc_lit or others, key=lambda i: (sev[i], i))
    return [
        (
            _step_end(scene, key),
            True,
            translate("handout", "Healthy {level} disc, the same view").format(level=frames[key].level),
        ),
        (_step_end(scene, key), False, frames[key].title),
        (_step_end(scene, second), False, frames[second].title),
    ]


def pressed_roots(scene: Scene, model: Model) -> dict[str, float]:
    """How hard each root ('L5.left') is pressed at its hardest, over the ends of the scene's steps
    (the same ``measure`` the body map, the condition text and ``measure --json`` use)."""
    from meshes.measure import measure
    from scenes.timeline import frame_at

    hardest: dict[str, float] = {}
    for i in range(len(scene.steps)):
        state = frame_at(scene, _step_end(scene, i)).state
        for key, c in measure(model, state, volumes=False).pressed().items():
            hardest[key] = max(hardest.get(key, 0.0), c)
    return hardest


def involved_roots(
    scene: Scene, model: Model | None = None, pressed: dict[str, float] | None = None
) -> tuple[RootInfo, ...]:
    """The nerve roots the model measures pressed at the end of some step of the scene (the same
    `measure` the body map, the condition text and `measure --json` name), with where each is
    felt; the hardest pressed first. Empty for a healthy tour."""
    from meshes.dimensions import ROOTS
    from scenes.language import words

    sides: dict[str, set[str]] = {}
    hardest: dict[str, float] = {}
    for key, c in (pressed if pressed is not None else pressed_roots(scene, model)).items():
        root, side = key.split(".")
        sides.setdefault(root, set()).add(side)
        hardest[root] = max(hardest.get(root, 0.0), c)
    w = words(scene.lang)
    order = sorted(sides, key=lambda r: (-hardest[r], ROOTS.index(r)))
    return tuple(
        RootInfo(r, tuple(sorted(sides[r])), w["areas"][r], w["muscles"][r], i == 0)
        for i, r in enumerate(order)
    )


def _measured_model() -> Model:
    """The model the command line measures with (when only pictures were handed in)."""
    from meshes.model import build_model

    return build_model("normal")


def handout_content(
    scene: Scene,
    model: Model | None = None,
    level: str | None = None,
    side: str | None = None,
    stills: tuple[Still, ...] | None = None,
    marks: tuple = (),
    take_home: str = "",
) -> HandoutContent:
    """The handout of ``scene`` (at an optional level and side). Pictures are drawn off-screen
    from ``model`` unless ``stills`` are given (then ``model`` may be None)."""
    from scenes.glossary import find_terms, to_html
    from scenes.schema import retarget
    from scenes.timeline import scene_texts, step_texts

    scene = retarget(scene, level, side)
    summary, intro = scene_texts(scene)
    texts = step_texts(scene)
    all_text = "\n\n".join([summary, intro, *(f"{t}\n\n{x}" for t, x in texts)])
    seen: dict[str, str] = {}
    for m in find_terms(all_text):
        seen.setdefault(m.term.name, m.term.plain)
    if stills is None:
        if model is None:
            raise ValueError("handout_content needs a model to draw the pictures, or stills")
        stills = render_stills(scene, model, marks=marks)
    pressed = pressed_roots(scene, model if model is not None else _measured_model())
    return HandoutContent(
        title=scene.title,
        where=translate("handout", "the {level} disc, {side} side").format(
            level=scene.level, side=translate("sides", SIDES[scene.side])
        )
        if not scene.level_conditions  # a report's scene: several discs
        else translate("handout", "the {levels} discs").format(
            levels=translate("handout", " and ").join(
                [scene.level, *(lv for lv, _ in scene.level_conditions)]
            )
        ),
        summary=summary,
        intro_html=to_html(_clean_markdown(intro)),
        steps=tuple((t, to_html(_clean_markdown(x))) for t, x in texts),
        roots=involved_roots(scene, pressed=pressed),
        pressed=tuple(sorted(pressed.items())),
        terms=tuple(seen.items()),
        stills=stills,
        scene_id=scene.id,
        take_home=take_home,
    )


def render_stills(
    scene: Scene, model: Model, size: tuple[int, int] = STILL_PIXELS, marks: tuple = ()
) -> tuple[Still, ...]:
    """Draw the handout's pictures off-screen (see :func:`pick_moments`), with the pen's ``marks``."""
    out: list[Still] = []
    for _ in still_steps(scene, model, out, size, marks):
        pass
    return tuple(out)


def still_steps(
    scene: Scene, model: Model, out: list[Still], size: tuple[int, int] = STILL_PIXELS, marks: tuple = ()
) -> Iterator[tuple[int, int]]:
    """Draw the pictures one per ``next()`` into ``out``, yielding (done, total): the window runs
    this in slices. They come a little closer than the window, being a third of a page wide."""
    from app.share.scene_frame import SceneRenderer, healthy_version, zoomed

    close = zoomed(scene, STILL_ZOOM)
    moments = pick_moments(scene)
    with SceneRenderer(model, size, antialias="msaa") as renderer:
        renderer.show_marks(marks)  # the pen's drawings, where the physician drew them
        for i, (t, healthy, caption) in enumerate(moments):
            renderer.set_scene(healthy_version(close) if healthy else close)
            out.append(Still(renderer.draw(t, glide=False), caption))
            yield i + 1, len(moments)


def handout_steps(
    scene: Scene, model: Model, level: str | None, side: str | None, out: list[Still], marks: tuple = ()
) -> Iterator[tuple[int, int]]:
    """:func:`still_steps` for ``scene`` at ``level`` and ``side`` (the window's handout job)."""
    from scenes.schema import retarget

    yield from still_steps(retarget(scene, level, side), model, out, marks=marks)
