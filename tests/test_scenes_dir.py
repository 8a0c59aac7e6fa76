"""A teacher's own folder of scenes works like the presets: on the command line (--scenes-dir on
render, video, handout, measure and the window) and in the window's scene list. A mistake in one
file is one sentence with its file and line, and the other scenes still load."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_run import TEST_DETAIL, assert_user_error, lumbar

PRESETS = Path(__file__).resolve().parents[1] / "scenes" / "presets"
BAD = Path(__file__).resolve().parent / "data" / "bad_scenes"


@pytest.fixture
def teacher_dir(tmp_path) -> Path:
    """A folder with one good scene of the teacher's (a torn disc, retitled) and one broken one."""
    folder = tmp_path / "lesson"
    folder.mkdir()
    text = (PRESETS / "torn_disc.toml").read_text(encoding="utf-8")
    (folder / "my_lesson.toml").write_text(
        text.replace('title = "Torn and painful disc"', 'title = "Lesson 3: a crack in the ring"'),
        encoding="utf-8",
    )
    shutil.copy(PRESETS / "torn_disc.md", folder / "my_lesson.md")
    shutil.copy(BAD / "bad_direction.toml", folder / "broken.toml")
    return folder


def test_measure_and_render_play_a_teachers_scene(teacher_dir, tmp_path):
    done = lumbar("measure", "--scene", "my_lesson", "--scenes-dir", str(teacher_dir), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scene"] == "my_lesson"
    out = tmp_path / "lesson.png"
    done = lumbar(
        "render", "--scene", "my_lesson", "--step", "2", "--scenes-dir", str(teacher_dir),
        "--out", str(out), "--size", "96x64", "--detail", TEST_DETAIL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    # The presets are still there beside the teacher's scenes.
    done = lumbar("measure", "--scene", "herniated_disc", "--scenes-dir", str(teacher_dir), "--json")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("command", ["render", "video", "handout", "measure"])
def test_a_broken_teachers_scene_is_one_sentence_with_file_and_line(teacher_dir, tmp_path, command):
    suffix = {"render": ".png", "video": ".mp4", "handout": ".pdf"}.get(command)
    out = ["--out", str(tmp_path / f"x{suffix}")] if suffix else []
    done = lumbar(command, "--scene", "broken", "--scenes-dir", str(teacher_dir), *out)
    assert_user_error(done, "broken.toml:", "sideways")
    done = lumbar(command, "--scene", "nothing_here", "--scenes-dir", str(teacher_dir), *out)
    assert_user_error(done, "my_lesson", "herniated_disc")  # the known scenes are listed


@pytest.mark.parametrize("command", [[], ["measure"]])
def test_a_missing_scenes_folder_is_one_sentence(tmp_path, command):
    assert_user_error(lumbar(*command, "--scenes-dir", str(tmp_path / "nope")), "nope", "does not exist")


def test_the_window_lists_a_teachers_scenes_beside_the_presets(make_window, teacher_dir):
    window = make_window(scenes_dir=teacher_dir)
    player = window.panels.playing.player
    assert player.find("my_lesson").title == "Lesson 3: a crack in the ring"
    assert player.find("herniated_disc") is not None
    assert any(e.file.endswith("broken.toml") and e.line > 0 for e in player.errors)
    player.set_scene("my_lesson")
    assert player.scene.id == "my_lesson"
