"""The take-home page: one self-contained HTML file with the model in 3D, for a patient to open
offline by double-click (no server, no network request: every byte is inline).

The model is the program's own glTF (app/share/export3d.py: one node per part, part-table colours)
as base64, shown by a vendored three.js bundle (app/share/web/, MIT licence, see its README) that
turns with mouse and touch and names the part under the pointer. Beside it: the scene's steps,
the disclaimer and the physician's drawings (app/viewer/annotations.py). three.js was chosen over
pyvista's vtk.js export by measurement (docs/take-home.md): a quarter of the size, names on hover,
and no trame server to start.
"""

from __future__ import annotations

import base64
import html
import json
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP, SIDES, translate

if TYPE_CHECKING:
    from app.viewer.annotations import Mark
    from meshes.model import Model
    from scenes.schema import Scene

SUFFIX = ".html"
DEFAULT_TITLE = QT_TRANSLATE_NOOP("take_home", "Your lower back in 3D")  # translated where shown


@dataclass(frozen=True)
class PageView:
    """Where the page's camera starts: a direction from the target (RAS) and a zoom, or an exact
    position (the window's camera as it stands)."""

    direction: tuple[float, float, float] = (-0.75, -0.55, 0.37)
    up: tuple[float, float, float] = (0.0, 0.0, 1.0)
    target: tuple[float, float, float] | None = None
    position: tuple[float, float, float] | None = None
    zoom: float = 1.0


@dataclass(frozen=True)
class PageContent:
    title: str
    where: str = ""
    scene: Scene | None = None  # its steps are listed; None for a condition or the healthy spine
    step: int = 0  # the step shown (its text is open)
    marks: tuple[Mark, ...] = ()
    view: PageView = field(default_factory=PageView)
    opacity: dict[str, float] = field(default_factory=dict)  # see-through parts, as the step shows them


def _web(name: str) -> str:
    return resources.files("app.share").joinpath("web", name).read_text(encoding="utf-8")


def _steps_html(scene: Scene | None, open_step: int) -> str:
    if scene is None:
        return ""
    from scenes.glossary import to_html
    from scenes.timeline import step_texts

    items = []
    for i, (title, text) in enumerate(step_texts(scene)):
        opened = " open" if i == open_step else ""
        items.append(
            f"<details{opened}><summary>"
            + html.escape(translate("take_home", "Step {n}: {title}").format(n=i + 1, title=title))
            + f"</summary>{to_html(text)}</details>"
        )
    steps, heading = translate("take_home", "Steps"), translate("take_home", "What happens, step by step")
    steps, heading = html.escape(steps), html.escape(heading)
    return f'<section aria-label="{steps}"><h2>{heading}</h2>{"".join(items)}</section>'


def page_view(scene: Scene | None, zoom: float = 1.1) -> PageView:
    """The window's oblique view, centred on the scene's disc (the steps' own views hide parts that a
    page cannot hide, so the page starts from the one view that shows everything)."""
    if scene is None:
        return PageView()
    from meshes.layout import disc_centre

    return PageView(target=tuple(float(c) for c in disc_centre(scene.level)), zoom=zoom)


def window_page(viewport, scene: Scene | None, t: float, caption: tuple[str, ...]) -> PageContent:
    """The page for what the window shows: its camera as it stands, its drawings, the scene's steps
    (``caption``: the still's caption lines, whose first names a condition's level and side)."""
    cam = viewport.plotter.renderer.GetActiveCamera()
    view = PageView(up=cam.GetViewUp(), target=cam.GetFocalPoint(), position=cam.GetPosition())
    where, step = scene_where(scene, t) if scene is not None else ("", 0)
    title = scene.title if scene is not None else translate("take_home", DEFAULT_TITLE)
    if scene is None and len(caption) > 1:
        where = caption[0]
    opacity = {pid: a.GetProperty().GetOpacity() for pid, a in viewport.actors.items()}
    see_through = {pid: o for pid, o in opacity.items() if o < 0.99}
    return PageContent(title, where, scene, step, viewport.annotations.marks, view, see_through)


def scene_looks(model: Model, scene: Scene, t: float | None) -> tuple[Model, dict[str, float]]:
    """The model without the parts the step at ``t`` hides, and the parts it shows see-through."""
    from app.viewer.scene_looks import TRANSLUCENT_OPACITY
    from meshes.model import Model as ModelType
    from scenes.timeline import frame_at

    frame = frame_at(scene, scene.duration if t is None else t)
    kept = {pid: p for pid, p in model.parts.items() if pid not in frame.hidden}
    return ModelType(kept, model.detail), {
        pid: TRANSLUCENT_OPACITY for pid in frame.translucent if pid in kept
    }


def chosen_page(
    model: Model,
    scene: Scene | None,
    t: float | None,
    label: str,
    marks: tuple = (),
    camera: dict | None = None,
) -> tuple[Model, PageContent]:
    """The page the command line makes: a scene's step with its looks (hidden parts left out, see-through
    ones see-through), or the state ``label`` names; ``camera`` (a visit's) sets the first view."""
    opacity: dict[str, float] = {}
    if scene is not None:
        model, opacity = scene_looks(model, scene, t)
        where, step = scene_where(scene, t)
    else:
        where, step = label[:1].upper() + label[1:], 0
    view = page_view(scene)
    if camera:
        view = PageView(up=camera["view_up"], target=camera["focal_point"], position=camera["position"])
    title = scene.title if scene is not None else translate("take_home", DEFAULT_TITLE)
    return model, PageContent(title, where, scene, step, tuple(marks), view, opacity)


def scene_where(scene: Scene, t: float | None) -> tuple[str, int]:
    """'The L4-L5 disc, left side · step 5 of 7: ...' and that step's index."""
    from scenes.timeline import frame_at

    frame = frame_at(scene, scene.duration if t is None else t)
    where = translate("take_home", "The {level} disc, {side} side · step {n} of {total}").format(
        level=scene.level,
        side=translate("sides", SIDES.get(scene.side, scene.side)),
        n=frame.step_index + 1,
        total=len(scene.steps),
    )
    return f"{where}: {frame.title}", frame.step_index


def take_home_html(model: Model, content: PageContent) -> str:
    """The whole page as text (about 1.35 bytes per byte of glTF, plus 0.8 MB of three.js)."""
    from app.i18n import current_language
    from app.share.export3d import export_bytes
    from app.viewer.annotations import STROKE_RADIUS_MM
    from app.viewer.part_words import part_description, part_name
    from meshes.parts import PARTS
    from scenes.language import disclaimer

    glb = base64.b64encode(export_bytes(model, ".glb")).decode("ascii")
    v = content.view
    data = {
        "parts": {pid: {"name": part_name(pid), "description": part_description(pid)}
                  for pid in model.parts if pid in PARTS},
        "marks": [m.as_dict() for m in content.marks],
        "strokeRadius": STROKE_RADIUS_MM,
        "words": {"failed": translate("take_home", "The 3D model could not be shown:")},
        "opacity": {pid: round(float(o), 3) for pid, o in content.opacity.items() if pid in model.parts},
        "camera": {"direction": list(v.direction), "up": list(v.up), "zoom": v.zoom,
                   "target": list(v.target) if v.target else None,
                   "position": list(v.position) if v.position else None},
    }  # fmt: skip
    fills = {
        "{{TITLE}}": html.escape(content.title),
        "{{WHERE}}": html.escape(content.where),
        "{{DISCLAIMER}}": html.escape(translate("take_home", "Educational, not medical advice.")),
        "{{DISCLAIMER_LONG}}": html.escape(disclaimer()),
        "{{LANG}}": current_language(),
        "{{VIEW_LABEL}}": html.escape(
            translate(
                "take_home",
                "3D model of the lower back: drag to turn, pinch or scroll to zoom, "
                "point at a part to see its name",
            )
        ),
        "{{LOADING}}": html.escape(translate("take_home", "Loading the 3D model…")),
        "{{HOW}}": html.escape(
            translate(
                "take_home",
                "Drag to turn the model, scroll or pinch to zoom, right-drag or two fingers to move it. "
                "Point at a part (or tap it) to see its name.",
            )
        ),
        "{{MADE}}": html.escape(
            translate(
                "take_home",
                "Made with Lumbar Spine Viewer on {date}. The 3D view uses three.js (MIT licence).",
            ).format(date=date.today().isoformat())
        ),
        "{{STEPS}}": _steps_html(content.scene, content.step),
        "{{CSS}}": _web("take_home.css"),
        "{{GLB}}": glb,
        # '</' cannot end the script element early inside JSON: escape it.
        "{{DATA}}": json.dumps(data, separators=(",", ":")).replace("</", "<\\/"),
        "{{THREE}}": _web("three.bundle.min.js"),
        "{{APP}}": _web("take_home.js"),
    }
    page = _web("take_home.html")
    for key, value in fills.items():  # the big inline parts go last: no placeholder hides in them
        page = page.replace(key, value)
    return page


def write_take_home(model: Model, content: PageContent, path: Path) -> int:
    """Write the page to ``path`` whole or not at all; returns its size in bytes."""
    from app.outputs import atomic_path

    data = take_home_html(model, content).encode("utf-8")
    with atomic_path(path) as tmp:  # a failed write: one sentence, nothing left behind
        tmp.write_bytes(data)
    return len(data)
