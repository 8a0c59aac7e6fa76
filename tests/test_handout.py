"""The patient handout: one or two pages, read back with poppler's pdftotext, holding the title,
the pictures, the plain text of every step, the nerve root and where it is felt, the words
explained, the sources, the disclaimer and a notes field; from a function, a printer and the CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.share.handout import (
    handout_content,
    involved_roots,
    pick_moments,
    render_stills,
)
from app.share.handout_pdf import paint_handout, write_handout_pdf
from scenes.catalog import find_scene, load_catalog
from scenes.schema import DISCLAIMER
from scenes.timeline import step_texts

ROOT = Path(__file__).resolve().parents[1]
PRESETS = [s.id for s in load_catalog()[0]]
SMALL = (240, 180)  # pictures for layout tests; the page layout does not depend on their pixels


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.replace("ﬁ", "fi").replace("ﬀ", "ff").replace("ﬂ", "fl").split())


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_images(path: Path) -> list[tuple[int, int]]:
    """(width, height) of every picture in the PDF."""
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    rows = [ln.split() for ln in listing.stdout.splitlines()[2:] if ln.strip()]
    return [(int(r[3]), int(r[4])) for r in rows]


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def small_stills(model):
    return {sid: render_stills(find_scene(sid), model, SMALL) for sid in PRESETS}


@pytest.mark.parametrize("scene_id", PRESETS)
def test_every_preset_fits_on_one_or_two_pages_with_all_its_parts(tmp_path, qapp, scene_id, small_stills):
    scene = find_scene(scene_id)
    out = tmp_path / f"{scene_id}.pdf"
    pages = write_handout_pdf(handout_content(scene, stills=small_stills[scene_id]), out)
    assert 1 <= pages <= 2
    assert pdf_pages(out) == pages
    text = pdf_text(out)
    assert scene.title in text
    for title, _ in step_texts(scene):
        assert squash(title) in text, title
    assert squash(DISCLAIMER) in text  # in the footer of every page
    assert text.count("not medical advice") >= pages
    assert "Stem Cells Lower Back Pain: Confused?" in text and "Chris Centeno" in text
    assert "Lumbar disc nomenclature: version 2.0" in text and "Fardon" in text
    assert "Notes from your doctor" in text
    assert f"Page {pages} of {pages}" in text
    assert "Words explained" in text
    assert len(pdf_images(out)) == 1  # the row of pictures


def test_the_herniated_disc_handout_names_the_root_and_where_it_is_felt(tmp_path, qapp, small_stills):
    out = tmp_path / "h.pdf"
    content = handout_content(find_scene("herniated_disc"), stills=small_stills["herniated_disc"])
    write_handout_pdf(content, out)
    text = pdf_text(out)
    assert "the left L5 nerve root" in text
    assert "the outer side of the shin, the top of the foot and the big toe" in text
    assert "lifting the big toe" in text
    # a glossary word is explained in plain words
    assert "radiculopathy: Trouble from an irritated or squeezed" in text


def test_level_and_side_change_the_root_and_the_area(tmp_path, qapp, small_stills):
    scene = find_scene("herniated_disc")
    content = handout_content(scene, level="L5-S1", side="right", stills=small_stills["herniated_disc"])
    assert [r.root for r in content.roots] == ["S1"] and content.roots[0].sides == ("right",)
    out = tmp_path / "s1.pdf"
    write_handout_pdf(content, out)
    text = pdf_text(out)
    assert "the right S1 nerve root" in text
    assert "the back of the calf, the heel, and the outer edge and sole of the foot" in text
    assert "L5-S1 disc, right side" in text


def test_a_healthy_tour_names_no_pinched_nerve(model):
    scene = find_scene("healthy_tour")
    assert involved_roots(scene, model) == ()
    assert not any(healthy for _, healthy, _ in pick_moments(scene))


def test_the_condition_is_pictured_beside_the_same_view_healthy(model):
    """Picture one is the healthy disc from the camera of picture two, which shows the condition:
    the same framing, so the pictures differ only where the disc has changed."""
    scene = find_scene("herniated_disc")
    moments = pick_moments(scene)
    assert [healthy for _, healthy, _ in moments] == [True, False, False]
    assert moments[0][0] == moments[1][0]
    healthy, sick, other = (s.image.astype(int) for s in render_stills(scene, model, (320, 240)))
    changed = np.abs(healthy - sick).max(axis=2) > 40
    assert 0.002 < changed.mean() < 0.25  # some of the picture changed, not all of it
    assert np.abs(sick - other).mean() > 5  # the third picture is another view


def test_printing_paints_the_same_handout_on_a_printer(tmp_path, qapp, small_stills):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    content = handout_content(find_scene("torn_disc"), stills=small_stills["torn_disc"])
    pages = paint_handout(printer, content)
    del printer
    assert pdf_pages(tmp_path / "printed.pdf") == pages <= 2
    assert "Torn and painful disc" in pdf_text(tmp_path / "printed.pdf")


def lumbar(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=os.environ.copy(), capture_output=True,
        text=True, timeout=300,
    )  # fmt: skip


def test_the_handout_command_writes_a_pdf_for_the_patients_level_and_side(tmp_path):
    out = tmp_path / "for patient.pdf"
    done = lumbar("handout", "--scene", "herniated_disc", "--out", str(out), "--level", "L5-S1",
                  "--side", "right", "--detail", "low")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and done.stderr == ""
    assert pdf_pages(out) <= 2
    assert "the right S1 nerve root" in pdf_text(out)
    ((w, h),) = pdf_images(out)
    assert w > 1500 and h > 300  # three pictures side by side at print resolution
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--scene", "nope", "--out", "{d}/a.pdf"], "there is no scene 'nope'"),
        (["--scene", "torn_disc", "--out", "{d}/a.png"], ".pdf"),
        (["--scene", "torn_disc", "--out", "{d}/missing/a.pdf"], "does not exist"),
        (["--scene", "torn_disc", "--out", "{d}/a.pdf", "--level", "L6-S1"], "L6-S1"),
    ],
)
def test_handout_command_errors_are_one_line(tmp_path, args, words):
    done = lumbar("handout", *[a.replace("{d}", str(tmp_path)) for a in args])
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lumbar-viewer: error: ") and words in lines[0], lines
    assert list(tmp_path.iterdir()) == []
