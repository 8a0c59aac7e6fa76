"""Figures in bulk: one condition at every combination of levels, sides, directions and
severities, drawn by one off-screen viewport from one model (only the vertices change between
pictures), with a captioned contact sheet and an index of what the model measured in each.

Every file is written whole or not at all (``app.outputs.atomic_path``): an interrupted run
leaves the pictures finished so far and nothing half-written.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from meshes.model import Model

NOT_ADVICE = "For learning only, not medical advice. Drawn from the model's geometry, not from a patient."
THUMB_WIDTH = 480  # contact-sheet pictures, pixels
COLUMNS_MAX = 4


@dataclass(frozen=True)
class Combination:
    condition: str
    level: str
    side: str
    direction: str
    severity: float

    @property
    def name(self) -> str:
        """The file name: the values, in order ('herniation_L4-L5_left_paracentral_0.4.png')."""
        return f"{self.condition}_{self.level}_{self.side}_{self.direction}_{self.severity:g}.png"


@dataclass(frozen=True)
class Figure:
    combo: Combination
    file: str
    root: str  # the hardest pressed root, 'L5 left', or '' for none
    compression: float  # 0..1
    sac_area: float  # mm^2 at the level
    stage: str


def combinations(
    condition: str, levels: list[str], sides: list[str], directions: list[str], severities: list[float]
) -> list[Combination]:
    return [
        Combination(condition, lv, s, d, sev)
        for lv, s, d, sev in itertools.product(levels, sides, directions, severities)
    ]


def draw_figures(
    model: Model,
    combos: list[Combination],
    out_dir: Path,
    size: tuple[int, int],
    view: str,
    progress: Callable[[int, Figure], None] | None = None,
) -> list[Figure]:
    """Draw and write every combination (one viewport, one camera per level); then the contact sheet and the
    index. Returns what each picture shows."""
    from app.viewer.render import write_png

    figures = []
    images = []
    for i, (figure, image) in enumerate(_pictures(model, combos, size, view)):
        write_png(image, out_dir / figure.file)
        figures.append(figure)
        images.append(_thumbnail(image))
        if progress is not None:
            progress(i, figure)
    write_contact_sheet(figures, images, out_dir / "contact-sheet.png")
    write_index(figures, out_dir / "index.csv")
    return figures


def _pictures(
    model: Model, combos: list[Combination], size: tuple[int, int], view: str
) -> Iterator[tuple[Figure, np.ndarray]]:
    from app.viewer.colours import warning_colour
    from app.viewer.render import open_plotter
    from app.viewer.viewport import Viewport
    from meshes.conditions import condition_state, stage_name
    from meshes.measure import measure
    from meshes.parts import PARTS
    from meshes.pathology import deform

    plotter = open_plotter(size)
    try:
        viewport = Viewport(plotter)
        viewport.set_model(model)
        shown = {pid: p.vertices for pid, p in model.parts.items()}
        aimed = ""
        for combo in combos:
            if combo.level != aimed:  # one camera per level: its pictures compare like for like
                _aim(viewport, combo.level, view)
                aimed = combo.level
            state = condition_state(combo.condition, combo.level, combo.side, combo.direction, combo.severity)
            verts = deform(model, state)
            for pid, v in verts.items():
                if v is not shown[pid] and pid in viewport.meshes:
                    viewport.set_points(pid, v)
                    shown[pid] = v
            m = measure(model, state, volumes=False)
            pressed = m.pressed()
            for pid, actor in viewport.actors.items():  # pressed roots in the warning colour
                if pid.startswith("root."):
                    key = pid.removeprefix("root.")
                    actor.GetProperty().SetColor(*warning_colour(PARTS[pid].colour, pressed.get(key, 0.0)))
            image = plotter.screenshot(return_img=True, window_size=list(size))[:, :, :3]
            top = max(pressed, key=pressed.get) if pressed else ""
            figure = Figure(
                combo,
                combo.name,
                top.replace(".", " "),
                pressed.get(top, 0.0),
                m.levels[combo.level].dural_sac_area,
                stage_name(combo.severity, combo.condition),
            )
            yield figure, image
    finally:
        plotter.close()


def _aim(viewport, level: str, view: str) -> None:
    """The named view, framed on the level: its disc and the two bones around it (at rest)."""
    upper, lower = level.split("-")
    keep = {f"vertebra.{upper}", "sacrum" if lower == "S1" else f"vertebra.{lower}", f"annulus.{level}"}
    was = {pid: viewport.is_visible(pid) for pid in viewport.actors}
    for pid in viewport.actors:
        viewport.set_visible(pid, pid in keep)
    viewport.apply_view(view)
    for pid, visible in was.items():
        viewport.set_visible(pid, visible)


def _font(size: int):
    from PIL import ImageFont

    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans.ttf", "Arial.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _thumbnail(image: np.ndarray):
    from PIL import Image

    img = Image.fromarray(np.ascontiguousarray(image))
    w = min(THUMB_WIDTH, img.width)
    return img.resize((w, max(1, round(img.height * w / img.width))), Image.Resampling.LANCZOS)


def caption(f: Figure) -> tuple[str, str]:
    c = f.combo
    first = f"{c.level} {c.side} · {c.direction} · {c.severity:g} ({f.stage})"
    pressed = f"{f.root} root {round(100 * f.compression)}%" if f.root else "no root pressed"
    return first, f"{pressed} · sac {f.sac_area:.0f} mm²"


def write_contact_sheet(figures: list[Figure], thumbs: list, path: Path) -> None:
    """All pictures in a grid, each captioned with its values and what the model measured."""
    from PIL import Image, ImageDraw

    from app.outputs import atomic_path

    n = len(thumbs)
    cols = min(COLUMNS_MAX, max(1, math.ceil(math.sqrt(n))))
    rows = math.ceil(n / cols)
    tw = max(t.width for t in thumbs)
    th = max(t.height for t in thumbs)
    font = _font(max(12, tw // 30))
    line = round(font.size * 1.35)
    cap_h, pad, head = 2 * line + 8, 10, 2 * line + 10
    sheet = Image.new(
        "RGB", (cols * (tw + pad) + pad, head + rows * (th + cap_h + pad) + line + pad), "white"
    )
    draw = ImageDraw.Draw(sheet)
    c0 = figures[0].combo
    draw.text(
        (pad, pad),
        f"{c0.condition.capitalize()}: {n} states, one model, one camera per level",
        fill="black",
        font=font,
    )
    for i, (f, t) in enumerate(zip(figures, thumbs, strict=True)):
        x = pad + (i % cols) * (tw + pad)
        y = head + (i // cols) * (th + cap_h + pad)
        sheet.paste(t, (x, y))
        a, b = caption(f)
        draw.text((x, y + th + 4), a, fill="black", font=font)
        draw.text((x, y + th + 4 + line), b, fill=(150, 40, 20) if f.root else (60, 60, 60), font=font)
    draw.text((pad, sheet.height - line - pad // 2), NOT_ADVICE, fill=(90, 70, 20), font=font)
    buf = io.BytesIO()
    sheet.save(buf, format="PNG")
    with atomic_path(path) as tmp:
        tmp.write_bytes(buf.getvalue())


INDEX_COLUMNS = (
    "file", "condition", "level", "side", "direction", "severity", "stage",
    "compressed_root", "compression_percent", "dural_sac_area_mm2",
)  # fmt: skip


def write_index(figures: list[Figure], path: Path) -> None:
    """One row per picture: its values and what the model measured there."""
    from app.outputs import atomic_path

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(INDEX_COLUMNS)
    for f in figures:
        c = f.combo
        w.writerow([
            f.file, c.condition, c.level, c.side, c.direction, f"{c.severity:g}", f.stage,
            f.root or "none", round(100 * f.compression), f"{f.sac_area:.1f}",
        ])  # fmt: skip
    with atomic_path(path) as tmp:
        tmp.write_text(buf.getvalue(), encoding="utf-8")
