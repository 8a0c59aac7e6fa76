"""`lumbar-viewer figures`: a grid of states from one model in one process (issue 18): one PNG
per combination named by its values, a captioned contact sheet, an index of what the model
measured; bad values are one sentence and exit 2 before anything is drawn; an interrupted run
leaves only whole files."""

from __future__ import annotations

import csv
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import TEST_DETAIL
from PIL import Image

GRID = ["--condition", "herniation", "--levels", "L4-L5,L5-S1", "--sides", "left,right",
        "--directions", "paracentral", "--severities", "0.9"]  # fmt: skip


def figures(out: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "figures", "--out-dir", str(out), "--size", "320x200",
         "--detail", TEST_DETAIL, *args],
        capture_output=True, text=True, timeout=300, **kw,
    )  # fmt: skip


def test_a_grid_gives_one_named_picture_each_a_contact_sheet_and_an_index(tmp_path, model):
    done = figures(tmp_path, *GRID)
    assert done.returncode == 0, done.stderr
    names = [
        f"herniation_{lv}_{s}_paracentral_0.9.png" for lv in ("L4-L5", "L5-S1") for s in ("left", "right")
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names, "contact-sheet.png", "index.csv"])
    for n in names:
        img = np.asarray(Image.open(tmp_path / n).convert("RGB")).astype(int)
        assert img.shape == (200, 320, 3) and img.std() > 10  # a drawn model, not a blank
        warm = (img[..., 0] > 180) & (img[..., 1] > 60) & (img[..., 1] < 150) & (img[..., 2] < 80)
        assert warm.sum() > 20, n  # the pressed root, in the warning colour
    rows = list(csv.DictReader((tmp_path / "index.csv").open()))
    assert [r["file"] for r in rows] == names
    from meshes.conditions import condition_state
    from meshes.measure import measure

    for r in rows:  # the same computation as measure --json and the body map
        m = measure(model, condition_state("herniation", r["level"], r["side"], "paracentral", 0.9))
        pressed = m.pressed()
        top = max(pressed, key=pressed.get)
        assert r["compressed_root"] == top.replace(".", " ")
        assert int(r["compression_percent"]) == round(100 * pressed[top])
        assert float(r["dural_sac_area_mm2"]) == pytest.approx(m.levels[r["level"]].dural_sac_area, abs=0.06)
    assert {r["compressed_root"] for r in rows} == {"L5 left", "L5 right", "S1 left", "S1 right"}
    sheet = np.asarray(Image.open(tmp_path / "contact-sheet.png").convert("RGB")).astype(int)
    assert sheet.shape[0] > 2 * 200 and sheet.shape[1] > 2 * 320  # a 2x2 grid with captions
    dark_text = (sheet.max(axis=2) < 90) & (sheet.min(axis=2) < 60)
    rows_with_text = np.nonzero(dark_text[:, :40].any(axis=1) | dark_text.any(axis=1))[0]
    assert len(rows_with_text) > 40  # captions are drawn
    assert "wrote 4 pictures" in done.stdout and "one model" in done.stdout


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--levels", "L4-L5,L4-L6", "--levels has 'L4-L6'"),
        ("--sides", "up", "--sides has 'up'"),
        ("--directions", "sideways", "--directions has 'sideways'"),
        ("--severities", "0.4,1.5", "--severities has '1.5'"),
    ],
)
def test_a_bad_value_is_one_sentence_and_exit_2_before_anything_is_drawn(tmp_path, option, value, words):
    args = [a for a in GRID]
    args[args.index(option) + 1] = value
    done = figures(tmp_path, *args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and words in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_one_sentence(tmp_path):
    done = figures(tmp_path / "nope", *GRID)
    assert done.returncode == 2 and "does not exist" in done.stderr and done.stderr.count("\n") == 1


def test_an_interrupted_run_leaves_only_whole_files(tmp_path):
    args = ["--condition", "herniation", "--levels", "L3-L4,L4-L5,L5-S1", "--sides", "left,right",
            "--directions", "central,paracentral,foraminal,far-lateral",
            "--severities", "0.3,0.6,0.9"]  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "figures", "--out-dir", str(tmp_path), "--size", "320x200",
         "--detail", TEST_DETAIL, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list(tmp_path.glob("herniation_*.png"))) >= 3:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "finished before it could be interrupted"
        proc.send_signal(signal.SIGTERM)  # as a closed terminal or a polite kill
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    files = list(tmp_path.iterdir())
    assert all(not f.name.startswith(".") for f in files), files  # no half-written temporary file
    assert "index.csv" not in {f.name for f in files}  # (written only when every picture is there)
    pngs = [f for f in files if f.suffix == ".png"]
    assert 3 <= len(pngs) < 72
    for f in pngs:
        with Image.open(f) as img:
            img.load()  # whole: it decodes
            assert img.size == (320, 200)
