"""The take-home HTML page (issue 16, parts 3 and 4): written by the command line, opened in a real
headless Chromium (Debian's package) over the DevTools pipe: it loads with no console error and no
network request, and its canvas shows the model in the program's colours, with the physician's
stroke on it."""

from __future__ import annotations

import numpy as np
import pytest
from chromium_pipe import Chromium, chromium_path
from cli_run import assert_user_error, lumbar
from PIL import Image

needs_chromium = pytest.mark.skipif(
    chromium_path() is None,
    reason="chromium is not installed (selftest installs Debian's 'chromium' package as root)",
)
MAX_BYTES = 15_000_000
READY = "document.body && document.body.dataset.readyMs"


def open_page(path, shot):
    """Open ``path`` in headless Chromium; returns (log, ready ms, parts shown, RGB screenshot)."""
    with Chromium(1280, 800) as browser:
        browser.open(path.resolve().as_uri())
        ready = browser.wait_for(READY, timeout=120)
        browser.pump(0.5)  # a late error or request still counts
        parts = browser.evaluate("Number(document.body.dataset.parts || 0)")
        browser.screenshot(shot)
        log = browser.log
    return log, ready, parts, np.asarray(Image.open(shot).convert("RGB")).astype(int)


def colour_share(rgb: np.ndarray, kind: str) -> float:
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    masks = {
        "bone": (r > 150) & (r - b > 15) & (abs(r - g) < 25),  # warm ivory; the background is cool
        "disc": (b - r > 40) & (g > 120),  # the discs' light blue
        "nerve": (r > 150) & (g > 140) & (r - b > 70),  # the roots' yellow
        "red": (r > 150) & (g < 90) & (b < 90),  # the pen's red
    }
    return float(masks[kind].mean())


@needs_chromium
def test_the_page_opens_offline_with_the_model_steps_and_disclaimer(tmp_path):
    out = tmp_path / "visit.html"
    done = lumbar("export", "--out", str(out), "--scene", "herniated_disc", "--step", "4")
    assert done.returncode == 0, done.stderr
    size = out.stat().st_size
    assert size < MAX_BYTES, size  # at normal detail (the command's default)
    text = out.read_text(encoding="utf-8")
    assert "Educational, not medical advice." in text and "Step 4 of 7".lower() in text.lower()
    assert "<script src" not in text and "<link" not in text  # everything inline
    log, ready, parts, rgb = open_page(out, tmp_path / "page.png")
    print(f"take-home page: {size / 1e6:.1f} MB, first frame after {ready} ms")
    assert ready, "the page never drew the model"
    assert log.errors == [], log.errors
    assert log.requests == [out.resolve().as_uri()], log.requests  # the page itself, nothing else
    from scenes.catalog import find_scene
    from scenes.timeline import frame_at, step_end_time

    scene = find_scene("herniated_disc")
    frame = frame_at(scene, step_end_time(scene, 3))
    assert parts == 50 - len(frame.hidden) >= 40  # what step 4 shows: the bones below it are hidden
    assert all(f'"{pid}":0.22' in text for pid in frame.translucent if pid not in frame.hidden)
    view = rgb[:, :850]  # the 3D view; the steps panel is on the right
    middle = view[200:600, 250:650]
    assert colour_share(middle, "bone") > 0.05
    assert colour_share(middle, "disc") > 0.003
    assert colour_share(view, "nerve") > 0.003
    assert colour_share(rgb[:, 870:], "disc") < 0.001  # the panel is text, not model


@needs_chromium
def test_the_physicians_stroke_is_drawn_on_the_page(tmp_path, model):
    from app.share.take_home import PageContent, page_view, write_take_home
    from app.viewer.annotations import COLOURS, Mark
    from scenes.catalog import find_scene

    scene = find_scene("herniated_disc")
    ring = model.parts[f"annulus.{scene.level}"].vertices
    side = ring[ring[:, 0] < np.percentile(ring[:, 0], 6)]  # the disc's left side, facing the camera
    stroke = tuple(map(tuple, side[np.argsort(side[:, 1])][:: max(1, len(side) // 30)]))
    note = Mark("note", (stroke[0],), COLOURS["red"], "Here")
    out = tmp_path / "marked.html"
    content = PageContent("Herniated disc", scene=scene, view=page_view(scene, zoom=2.0),
                          marks=(Mark("stroke", stroke, COLOURS["red"]), note))  # fmt: skip
    write_take_home(model, content, out)
    log, ready, _, rgb = open_page(out, tmp_path / "marked.png")
    assert ready and log.errors == [], log.errors
    assert colour_share(rgb[:, :850], "red") > 0.0005  # the red tube over the disc
    unmarked = tmp_path / "plain.html"
    plain_content = PageContent("Herniated disc", scene=scene, view=page_view(scene, zoom=2.0))
    write_take_home(model, plain_content, unmarked)
    _, _, _, plain = open_page(unmarked, tmp_path / "plain.png")
    assert colour_share(plain[:, :850], "red") < 0.0001


def test_an_html_export_to_a_missing_folder_is_one_sentence(tmp_path):
    done = lumbar("export", "--out", str(tmp_path / "nowhere" / "visit.html"))
    assert_user_error(done, "does not exist")
