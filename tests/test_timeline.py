"""The timeline: keyframe easing, the pathology state at a time, steps, cameras, part sets and
texts, and replaying a scene at another level and side. No window needed."""

from __future__ import annotations

import numpy as np
import pytest

from meshes.dimensions import DISC_LEVELS
from meshes.layout import disc_centre, spine_centre
from meshes.state import HEALTHY, DiscState
from scenes.catalog import find_scene
from scenes.loader import load_scene
from scenes.schema import Track, level_words, resolve_part
from scenes.timeline import (
    frame_at,
    sample,
    scene_texts,
    state_at,
    step_index_at,
    step_texts,
    step_time,
    time_of,
    track_values,
)

SCENE = """title = "Timeline test"
summary = "Test at {level} on the {side}."
level = "L4-L5"
duration = 20

[condition]
direction = "paracentral"
side = "left"
fissure_kind = "concentric"

[phase]
cycles_per_second = 0.5

[[tracks]]
parameter = "herniation"
keyframes = [[2, 0.0], [10, 1.0]]

[[tracks]]
parameter = "bulge"
keyframes = [[0, 0.0], [10, 1.0]]
easing = "ease-in-out"

[[tracks]]
parameter = "fissure"
keyframes = [[0, 0.0], [5, 0.5], [15, 1.0]]
easing = "step"

[[tracks]]
parameter = "degeneration"
level = "L3-L4"
keyframes = [[0, 0.2], [20, 0.6]]

[[steps]]
time = 0
title = "One at {level}"
text = "The {affected_root} root on the {side} serves {affected_root_area}."
camera = { view = "{side}", focus = "{level}", zoom = 2 }
highlight = ["root.{affected_root}.{side}", "annulus.{level}"]
translucent = ["vertebra.{upper}", "vertebra.{lower}"]
hide = ["above"]

[[steps]]
time = 8
title = "Two"
text = "Whole spine."
highlight = ["nerve"]
translucent = ["facet.*.{other_side}"]
"""


@pytest.fixture
def scene(tmp_path):
    path = tmp_path / "timeline_test.toml"
    path.write_text(SCENE)
    return load_scene(path)


def test_linear_ease_in_out_and_step_tracks(scene):
    s = scene.level
    assert state_at(scene, 6.0).disc(s).herniation == pytest.approx(0.5)
    assert state_at(scene, 0.0).disc(s).herniation == 0.0  # held before its first key
    assert state_at(scene, 20.0).disc(s).herniation == 1.0  # held after its last key
    # Smoothstep: a quarter of the way is 0.15625, half way is a half.
    assert state_at(scene, 2.5).disc(s).bulge == pytest.approx(0.15625)
    assert state_at(scene, 5.0).disc(s).bulge == pytest.approx(0.5)
    # Step: each value holds until the next key.
    assert [state_at(scene, t).disc(s).fissure for t in (0, 4.99, 5, 14.9, 15)] == [0, 0, 0.5, 0.5, 1.0]


def test_track_values_are_vectorised_and_agree_with_frames(scene):
    times = np.linspace(0, scene.duration, 81)
    values = sample(scene, times)
    assert set(values) == {
        ("L4-L5", "herniation"),
        ("L4-L5", "bulge"),
        ("L4-L5", "fissure"),
        ("L3-L4", "degeneration"),
    }
    for t, v in zip(times, values[("L4-L5", "bulge")], strict=True):
        assert frame_at(scene, t).state.disc("L4-L5").bulge == pytest.approx(v)
    assert np.all(np.diff(values[("L4-L5", "herniation")]) >= 0)


def test_ease_in_out_starts_and_stops_gently():
    track = Track("bulge", (0.0, 10.0), (0.0, 1.0), "ease-in-out")
    v = track_values(track, np.array([0.0, 0.1, 5.0, 9.9, 10.0]))
    assert v[1] < 0.001 and 1 - v[3] < 0.001 and v[2] == pytest.approx(0.5)


def test_state_holds_condition_and_other_levels(scene):
    st = state_at(scene, 10.0)
    d = st.disc("L4-L5")
    assert (d.direction, d.side, d.fissure_kind) == ("paracentral", "left", "concentric")
    assert st.disc("L3-L4").degeneration == pytest.approx(0.4)  # pinned to its own level
    for lv in ("L1-L2", "L2-L3", "L5-S1"):
        assert st.disc(lv) == DiscState()
    assert st.phase == pytest.approx(0.0)  # 10 s at 0.5 cycles per second: whole cycles
    assert state_at(scene, 3.0).phase == pytest.approx(0.5)


def test_steps_and_times(scene):
    assert [step_index_at(scene, t) for t in (0, 7.99, 8, 20)] == [0, 0, 1, 1]
    assert step_time(scene, 1) == 8 and step_time(scene, -1) == 8
    with pytest.raises(ValueError, match="step 2 does not exist; 'timeline_test' has steps 0 to 1"):
        step_time(scene, 2)
    assert time_of(scene, "end") == 20 and time_of(scene, "start") == 0 and time_of(scene, "12.5") == 12.5
    for bad in ("soon", "21", -1, float("nan")):
        with pytest.raises(ValueError, match="runs from 0 to 20 seconds"):
            time_of(scene, bad)
    assert frame_at(scene, 99).time == 20 and frame_at(scene, -3).time == 0
    with pytest.raises(ValueError, match="not NaN"):
        frame_at(scene, float("nan"))


def test_frame_resolves_parts_camera_and_text(scene):
    f = frame_at(scene, 1.0)
    assert f.step_index == 0 and f.title == "One at L4-L5"
    assert (
        f.text
        == "The L5 root on the left serves the outer side of the shin, the top of the foot and the big toe."
    )
    assert f.highlight == {"root.L5.left", "annulus.L4-L5"}
    assert f.translucent == {"vertebra.L4", "vertebra.L5"}
    assert "vertebra.L4" in f.hidden and "annulus.L3-L4" in f.hidden and "annulus.L4-L5" not in f.hidden
    assert "root.L3.left" in f.hidden and not f.hidden & {
        "dura",
        "root.L4.left",
        "root.L5.right",
        "root.S1.left",
    }
    assert f.camera.view == "left" and f.camera.zoom == 2 and f.camera.focus_level == "L4-L5"
    assert np.allclose(f.camera.focus, disc_centre("L4-L5"))
    g = frame_at(scene, 9.0)
    assert g.camera.view == "oblique" and g.camera.focus_level is None
    assert np.allclose(g.camera.focus, spine_centre())
    assert g.translucent == {f"facet.{lv}.right" for lv in DISC_LEVELS}


def test_replay_at_another_level_and_side(scene):
    f = frame_at(scene, 9.5, level="L5-S1", side="right")
    assert (f.level, f.side) == ("L5-S1", "right")
    assert f.state.disc("L5-S1").herniation == pytest.approx(0.9375)
    assert f.state.disc("L5-S1").side == "right"
    assert f.state.disc("L4-L5") == DiscState()  # the scene's tracks moved with it
    assert f.state.disc("L3-L4").degeneration > 0  # a track pinned to a level stays there
    first = frame_at(scene, 0, level="L5-S1", side="right")
    assert first.highlight == {"root.S1.right", "annulus.L5-S1"}
    assert first.translucent == {"vertebra.L5", "sacrum"}  # the bone below L5 is the sacrum
    assert first.camera.view == "right" and np.allclose(first.camera.focus, disc_centre("L5-S1"))
    assert "the heel" in first.text and "right" in first.text
    assert scene_texts(scene, level="L2-L3") == ("Test at L2-L3 on the left.", "")
    assert step_texts(scene, side="right")[0][1].startswith("The L5 root on the right")


def test_a_foraminal_herniation_catches_the_exiting_root():
    for lv in DISC_LEVELS:
        upper, lower = lv.split("-")
        assert level_words(lv, "left", "foraminal")["affected_root"] == upper
        assert level_words(lv, "left", "far-lateral")["affected_root"] == upper
        assert level_words(lv, "right", "paracentral")["affected_root"] == lower
        assert level_words(lv, "right", "central")["affected_root"] == lower


def test_part_references():
    w = level_words("L4-L5", "left")
    assert resolve_part("bone", w) == (
        "vertebra.L1",
        "vertebra.L2",
        "vertebra.L3",
        "vertebra.L4",
        "vertebra.L5",
        "sacrum",
    )
    assert resolve_part("root.{traversing_root}.*", w) == ("root.L5.left", "root.L5.right")
    assert set(resolve_part("below", w)) == {
        "vertebra.L5",
        "sacrum",
        "annulus.L5-S1",
        "nucleus.L5-S1",
        "flavum.L5-S1",
        "facet.L5-S1.left",
        "facet.L5-S1.right",
    }
    with pytest.raises(ValueError, match="did you mean 'dura'"):
        resolve_part("durra", w)
    with pytest.raises(ValueError, match="pattern 'rot.\\*' matches no part"):
        resolve_part("rot.*", w)


def test_a_scene_without_tracks_is_healthy_throughout():
    tour = find_scene("healthy_tour")
    for t in np.arange(0, tour.duration + 0.25, 0.25):
        assert state_at(tour, t) == HEALTHY
