"""The extrusion can be seen (issue 18, defect 3): at the extrusion step's own camera the gel
that has left the disc covers plenty of pixels and is highlighted, the step's text names what
the picture shows, and `render --step` draws the step once it has played (not as it begins)."""

from __future__ import annotations

import argparse

from fragment_pixels import fragment_mask, fragment_pixels

from meshes.state import EXTRUSION_AT
from scenes.catalog import find_scene
from scenes.timeline import step_end_time, step_texts

MIN_PIXELS = 2000  # of a 1280x800 window's view (about 560x710 beside the docks): plainly seen


def extrusion_step(scene) -> int:
    return next(i for i, s in enumerate(scene.steps) if s.title.startswith("Extrusion"))


def test_the_extruded_gel_is_plainly_visible_and_highlighted_at_its_step(make_window, model, qtbot):
    scene = find_scene("herniated_disc")
    i = extrusion_step(scene)
    window = make_window()
    player = window.panels.playing.player
    player.camera_transition_s = 0.0
    player.set_scene("herniated_disc")
    player.seek(step_end_time(scene, i), force_camera=True)
    frame = player.frame
    assert frame.step_index == i and frame.state.disc("L4-L5").herniation >= EXTRUSION_AT
    mask = fragment_mask(model, frame.state, "L4-L5")
    assert mask.any()
    seen = fragment_pixels(window.plotter, window.viewport, "nucleus.L4-L5", mask)
    assert seen >= MIN_PIXELS, f"only {seen} pixels of the extruded gel show"
    assert "nucleus.L4-L5" in frame.highlight
    assert player.scene_looks.outlines["nucleus.L4-L5"].GetVisibility()
    title, text = step_texts(player.scene)[i]
    assert "highlighted gel" in text and "canal" in text and "from the feet" in text


def test_render_step_shows_the_step_once_it_has_played():
    from app.cli.state_args import add_state_arguments, resolve_state

    parser = argparse.ArgumentParser()
    add_state_arguments(parser)
    scene = find_scene("herniated_disc")
    args = parser.parse_args(["--scene", "herniated_disc", "--step", str(extrusion_step(scene) + 1)])
    chosen = resolve_state(args)
    assert chosen.state.disc("L4-L5").herniation >= EXTRUSION_AT  # extruded, not still a protrusion
