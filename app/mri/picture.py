"""How an MRI slice is shown: the edge letters a radiologist reads by (sagittal: front on the left,
head at the top; axial from the feet: the patient's right on the screen's left, front at the
top), its caption and the line that says it is an illustration; and the slice as a PNG picture
with them, for ``render --mri``. The dock draws the same marks with Qt (app.mri.panel)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.i18n import translate


def not_a_scan() -> str:
    return translate("MriPicture", "Illustration, not anyone's scan")


def edge_marks(axial: bool) -> dict[str, str]:
    """The letter at each edge of the picture ('left', 'right', 'top', 'bottom')."""
    if axial:  # seen from the feet
        return {
            "left": translate("MriPicture", "R"),
            "right": translate("MriPicture", "L"),
            "top": translate("MriPicture", "A"),
            "bottom": translate("MriPicture", "P"),
        }
    return {
        "left": translate("MriPicture", "A"),
        "right": translate("MriPicture", "P"),
        "top": translate("MriPicture", "S"),
        "bottom": translate("MriPicture", "I"),
    }


def slice_title(spec) -> str:
    """'Sagittal T2, midline', 'Axial T2 through the L4-L5 disc' (meshes.mri.SliceSpec)."""
    from meshes.mri.plane import FORAMINAL_MM

    if spec.axial:
        return translate("MriPicture", "Axial T2 through the {disc} disc").format(disc=spec.disc)
    if spec.offset == 0.0:
        return translate("MriPicture", "Sagittal T2, midline")
    side = translate("MriPicture", "right") if spec.offset > 0 else translate("MriPicture", "left")
    if abs(spec.offset) >= FORAMINAL_MM:
        return translate("MriPicture", "Sagittal T2 through the {side} foramina").format(side=side)
    return translate("MriPicture", "Sagittal T2 beside the midline, {side}").format(side=side)


def grey8(image: np.ndarray) -> np.ndarray:
    """A 0..1 picture as 8-bit grey."""
    return (np.clip(image, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def mri_picture(mri, size: tuple[int, int], caption: str) -> np.ndarray:
    """The slice fitted into `size` (width, height) on black, with its edge letters, title,
    `caption` (what state it shows) and the illustration line: an RGB array."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = size
    big = ImageFont.load_default(size=max(12, height // 30))
    small = ImageFont.load_default(size=max(10, height // 48))
    pad = max(4, height // 120)
    top = big.size + small.size + 3 * pad  # the title and the caption above the slice
    bottom = small.size + 2 * pad  # the illustration line below it
    grey = Image.fromarray(grey8(mri.image))
    scale = min(width / grey.width, max(1, height - top - bottom) / grey.height)
    shown = grey.resize(
        (max(1, round(grey.width * scale)), max(1, round(grey.height * scale))), Image.BICUBIC
    )
    canvas = Image.new("RGB", size, (0, 0, 0))
    x0, y0 = (width - shown.width) // 2, top + (height - top - bottom - shown.height) // 2
    canvas.paste(shown.convert("RGB"), (x0, y0))
    draw = ImageDraw.Draw(canvas)
    marks = edge_marks(mri.spec.axial)
    at = {
        "left": (x0 + pad, y0 + shown.height // 2, "lm"),
        "right": (x0 + shown.width - pad, y0 + shown.height // 2, "rm"),
        "top": (x0 + shown.width // 2, y0 + pad, "mt"),
        "bottom": (x0 + shown.width // 2, y0 + shown.height - pad, "mb"),
    }
    yellow, white, black = (255, 220, 80), (235, 235, 235), (0, 0, 0)
    for edge, (x, y, anchor) in at.items():
        draw.text(
            (x, y), marks[edge], font=big, fill=yellow, anchor=anchor, stroke_width=2, stroke_fill=black
        )
    draw.text((width // 2, pad), slice_title(mri.spec), font=big, fill=white, anchor="mt")
    draw.text((width // 2, 2 * pad + big.size), caption, font=small, fill=white, anchor="mt")
    draw.text((width // 2, height - pad), not_a_scan(), font=small, fill=yellow, anchor="mb")
    return np.asarray(canvas)


def write_mri_png(mri, size: tuple[int, int], caption: str, path: Path) -> None:
    """Write the captioned slice as a PNG, whole or not at all."""
    from PIL import Image

    from app.outputs import atomic_path

    with atomic_path(path) as tmp:
        Image.fromarray(mri_picture(mri, size, caption)).save(tmp, format="PNG")
