"""The patient handout shows where it hurts (issue 15, part 4) and speaks the patient's language
(part 3): beside the pictures, the body map with the skin area of the scene's pressed root lit,
read back from the PDF's picture; and a Spanish handout that is Spanish throughout."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app import i18n
from app.share.handout import handout_content, render_stills
from app.share.handout_pdf import write_handout_pdf
from app.viewer.body_drawing import WARNING, fill_of
from scenes import language
from scenes.catalog import find_scene
from scenes.timeline import step_texts
from tests.test_handout import SMALL, pdf_text, squash


def pdf_picture(pdf: Path, tmp_path: Path) -> np.ndarray:
    """The one picture of the handout (the row of stills and the map) as RGB pixels."""
    subprocess.run(["pdfimages", "-png", str(pdf), str(tmp_path / "img")], check=True)
    (png,) = sorted(tmp_path.glob("img-*.png"))
    return np.asarray(Image.open(png).convert("RGB")).astype(int)


def near(pixels: np.ndarray, colour, tol: int = 18) -> np.ndarray:
    rgb = np.array([colour.red(), colour.green(), colour.blue()])
    return np.abs(pixels - rgb).max(axis=-1) <= tol


@pytest.fixture(scope="module")
def herniation(model):
    scene = find_scene("herniated_disc")
    return scene, render_stills(scene, model, SMALL)


def test_the_handout_has_the_body_map_with_the_pressed_root_lit(tmp_path, qapp, model, herniation):
    scene, stills = herniation
    content = handout_content(scene, model, stills=stills)
    pressed = dict(content.pressed)
    assert max(pressed, key=pressed.get) == "L5.left"  # measured: the traversing root, the scene's side
    out = tmp_path / "h.pdf"
    write_handout_pdf(content, out)
    picture = pdf_picture(out, tmp_path)
    h, w = picture.shape[:2]
    stills_w = w * 3 / (3 + (3 / 4) * (498 / 899))  # the three pictures; the map has the rest
    map_area, stills_area = picture[: int(h * 0.85), int(stills_w) :], picture[:, : int(stills_w * 0.98)]
    lit = fill_of("L5.left", pressed)
    assert near(map_area, lit).sum() > 40, "the lit L5 skin area is not on the map"
    assert near(stills_area, lit, 6).sum() < near(map_area, lit, 6).sum()
    # only the pressed roots are lit: the right L5 area keeps its resting colour
    assert fill_of("L5.right", pressed).name() != lit.name() or "L5.right" in pressed
    assert lit.red() > lit.blue() and WARNING.red() > WARNING.blue()


def test_a_tour_without_a_pressed_root_has_no_map(tmp_path, qapp, model):
    scene = find_scene("healthy_tour")
    content = handout_content(scene, model, stills=render_stills(scene, model, SMALL))
    assert content.pressed == ()
    out = tmp_path / "tour.pdf"
    write_handout_pdf(content, out)
    picture = pdf_picture(out, tmp_path)
    assert near(picture, WARNING, 30).sum() < 20


def test_a_spanish_handout_is_spanish(tmp_path, qapp, model, herniation):
    _, stills = herniation
    i18n.set_language("es")
    try:
        scene = find_scene("herniated_disc")
        assert scene.lang == "es"
        out = tmp_path / "es.pdf"
        pages = write_handout_pdf(handout_content(scene, model, stills=stills), out)
        text = pdf_text(out)
        assert "Hernia discal" in text and "Paso a paso" in text and "Notas de su médico" in text
        for title, _ in step_texts(scene):
            assert squash(title) in text, title
        assert squash(language.disclaimer()) in text
        assert f"Página {pages} de {pages}" in text
        assert "la raíz nerviosa L5 del lado izquierdo" in text
        for english in ("Step by step", "Notes from your doctor", "Words explained", "not medical advice"):
            assert english not in text, english
    finally:
        i18n.set_language("en")
