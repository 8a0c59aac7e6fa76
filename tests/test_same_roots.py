"""One computation names the pressed roots (issue 18, defect 8): at the end of "Degenerated
disc" the body map, its text, the handout and `measure --json` name the same roots, and so do
the condition text and the map for the condition chosen in the panel."""

from __future__ import annotations

import json
import subprocess
import sys

from app.share.handout import handout_content
from meshes.measure import measure
from scenes.catalog import find_scene
from scenes.timeline import frame_at


def pressed(m) -> set[str]:
    return {k for k, r in m.roots.items() if r.contact}


def named_in(text: str) -> set[str]:
    """The roots a text names as headings ('Left L5 root' -> 'L5.left')."""
    out = set()
    for root in ("L1", "L2", "L3", "L4", "L5", "S1"):
        for side in ("left", "right"):
            if f"{side.capitalize()} {root} root" in text or f"{side.capitalize()} {root} nerve root" in text:
                out.add(f"{root}.{side}")
    return out


def test_map_text_handout_and_measure_name_the_same_roots_at_the_end_of_a_scene(make_window, model, qtbot):
    scene = find_scene("degenerated_disc")
    window = make_window()
    window.panels.playing.player.camera_transition_s = 0.0
    window.panels.playing.player.set_scene("degenerated_disc")
    window.panels.playing.player.go_to_end()
    qtbot.wait(50)
    measured = pressed(measure(model, frame_at(scene, scene.duration).state))
    # A narrow canal presses the traversing roots on both sides (the narrowed foramina may catch
    # the exiting L4 roots too); whatever is measured, every view must name the same.
    assert {"L5.left", "L5.right"} <= measured
    body = window.panels.clinic.body_map
    assert set(body.body_map.compression) == measured
    assert named_in(body.symptoms_text()) == measured
    handout = handout_content(scene, model, stills=())
    assert {f"{r.root}.{s}" for r in handout.roots for s in r.sides} == measured
    # and the command line, from the end of the same scene (its default detail)
    out = subprocess.run(
        [sys.executable, "-m", "app", "measure", "--scene", "degenerated_disc", "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    roots = json.loads(out.stdout)["roots"]
    assert {k for k, v in roots.items() if v["contact"]} == measured


def test_condition_text_and_map_name_the_measured_roots(make_window, model, qtbot):
    window = make_window()
    c = window.panels.clinic.controller
    with qtbot.waitSignal(c.measured, timeout=60000) as sig:
        c.set_choice(condition="degeneration", level="L4-L5", severity=1.0)
    f = sig.args[0]
    qtbot.wait(50)
    measured = pressed(f.measurements)
    assert measured
    assert {p.key for p in c.findings.pinches} == measured
    assert named_in(window.panels.clinic.panel.findings_text()) == measured
    assert {k for k, v in window.panels.clinic.body_map.body_map.compression.items() if v > 0} == measured
    assert named_in(window.panels.clinic.body_map.symptoms_text()) == measured or len(measured) > 3
