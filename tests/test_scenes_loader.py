"""The scene loader: every mistake in a scene file is one clean `file:line: message` error, the
catalog keeps loading good scenes beside bad ones, and `lumbar-viewer scenes` reports both."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.cli.main import main
from scenes.catalog import PRESETS_DIR, find_scene, load_catalog
from scenes.loader import SceneError, load_scene, read_scene
from scenes.tomllines import key_lines, line_of

BAD = Path(__file__).parent / "data" / "bad_scenes"
ROOT = Path(__file__).resolve().parents[1]

# file -> (the file the error is in, its line, words the message must hold)
EXPECTED = {
    "bad_direction.toml": (".toml", 8, "condition direction 'sideways' is not allowed; allowed: central"),
    "bad_easing.toml": (".toml", 14, "easing 'bouncy' is not allowed; allowed: linear, ease-in-out, step"),
    "bad_text_placeholder.toml": (".md", 9, "'{levl}' is not a placeholder (did you mean 'level'?)"),
    "bool_as_number.toml": (".toml", 20, "zoom must be a number, not true/false"),
    "duplicate_keyframe.toml": (".toml", 13, "two keyframes at 10 s"),
    "empty.toml": (".toml", 1, "the file is empty"),
    "extra_field.toml": (".toml", 5, "unknown field 'author' in the scene; allowed: title"),
    "fractional_order.toml": (".toml", 6, "order 2.5 is not a whole number; allowed: whole numbers 0 to 999"),
    "first_step_late.toml": (".toml", 17, "the first step starts at 2 s; it must start at 0"),
    "highlight_not_list.toml": (".toml", 21, "highlight must be a list of part names"),
    "huge_integer.toml": (".toml", 24, "step 2 time 1e+23 is out of range; allowed: 0 to 30 s"),
    "huge_number.toml": (".toml", 5, "duration 1e+300 is out of range; allowed: 1 to 600 seconds"),
    "inf_zoom.toml": (".toml", 20, "zoom is inf (not a real number); allowed: 0.25 to 8"),
    "missing_field.toml": (".toml", 1, "the scene is missing 'duration'; add duration ="),
    "missing_section.toml": (".toml", 24, "has no '## Later' section (did you mean '## Latre' at line 7?)"),
    "misspelt_field.toml": (".toml", 5, "unknown field 'duraton' in the scene (did you mean 'duration'?)"),
    "nan_value.toml": (".toml", 13, "value is nan (not a real number); allowed: 0 to 1"),
    "nested_unknown_field.toml": (
        ".toml",
        31,
        "unknown field 'angle' in step 2 camera; allowed: view, focus, zoom",
    ),
    "no_markdown.toml": (".toml", 16, "there is no no_markdown.md beside the scene"),
    "no_steps.toml": (".toml", 6, "the scene has 0 steps; allowed: 1 to 12"),
    "not_utf8.toml": (".toml", 3, "byte 0xE9 is not UTF-8 text; save the file as UTF-8"),
    "order_out_of_range.toml": (".toml", 6, "order 5000 is out of range; allowed: 0 to 999"),
    "orphan_section.toml": (".md", 11, "section '## Notes' matches no step"),
    "steps_out_of_order.toml": (".toml", 24, "steps must be in time order"),
    "syntax_error.toml": (".toml", 2, "TOML syntax error at column 20: the line ends inside a text value"),
    "time_outside.toml": (".toml", 16, "keyframe 3 time 40 is out of range; allowed: 0 to 30 s"),
    "unknown_level.toml": (".toml", 4, "level 'L6-L7' is not allowed"),
    "unknown_parameter.toml": (
        ".toml",
        12,
        "parameter 'swelling' is not allowed; allowed: bulge, herniation",
    ),
    "unknown_part.toml": (".toml", 29, "'annulus.L6-L7' is not a part id, group, region or pattern"),
    "unknown_placeholder.toml": (".toml", 21, "'{lvl}' is not a placeholder (did you mean 'level'?)"),
    "unknown_view.toml": (".toml", 20, "camera view 'front' is not allowed; allowed: anterior"),
    "unordered_keyframes.toml": (".toml", 16, "keyframe times must increase: 10 s comes after 20 s; put"),
    "value_out_of_range.toml": (".toml", 13, "herniation value 1.5 is out of range; allowed: 0 to 1"),
    "wrong_type.toml": (".toml", 5, "duration must be a number, not text"),
}


def test_every_bad_scene_file_has_an_expected_error():
    assert sorted(p.name for p in BAD.glob("*.toml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_scene_gives_exactly_its_one_clean_error(name):
    suffix, line, words = EXPECTED[name]
    scene, errors = read_scene(BAD / name)
    assert scene is None
    assert len(errors) == 1, [str(e) for e in errors]
    error = errors[0]
    assert Path(error.file) == (BAD / name).with_suffix(suffix)
    assert error.line == line, str(error)
    assert words in error.message
    assert str(error) == f"{error.file}:{line}: {error.message}"
    # One sentence: what is wrong; what is allowed. No traceback, no second line.
    assert "\n" not in error.message and "Traceback" not in error.message
    assert ";" in error.message


def test_load_scene_raises_the_first_error_as_scene_error():
    with pytest.raises(SceneError) as info:
        load_scene(BAD / "unknown_view.toml")
    assert info.value.line == 20 and "front" in info.value.message
    assert info.value.as_dict() == {
        "file": str(BAD / "unknown_view.toml"),
        "line": 20,
        "message": info.value.message,
    }


def test_every_mistake_in_one_file_is_reported(tmp_path):
    text = (BAD / "unknown_view.toml").read_text()
    text = text.replace('level = "L4-L5"', 'level = "L9"').replace("duration = 30", "duration = -4")
    (tmp_path / "two.toml").write_text(text)
    _, errors = read_scene(tmp_path / "two.toml")
    assert [e.line for e in errors] == [4, 5, 20]


def test_line_finder_handles_nested_arrays_of_tables():
    text = """a = 1
[[steps]]
time = 0
camera = { view = "left", zoom = 2 }

[[steps]]
time = 5
highlight = [
  "dura",
  "root.L5.left",  # the root
]
[steps.camera]
view = "posterior"
[[steps.marks]]
at = 1
[[steps.marks]]
at = 2
note = '''x = [
]'''

[[steps]]
"quoted key" = 3
keys = [[0, 0.0],
        [10, 1.0]]
"""
    tomllib.loads(text)  # the finder reads valid TOML only
    lines = key_lines(text)
    assert lines[("steps", 0)] == 2
    assert lines[("steps", 0, "camera", "zoom")] == 4
    assert lines[("steps", 1, "highlight", 1)] == 10
    assert lines[("steps", 1, "camera", "view")] == 13
    assert lines[("steps", 1, "marks", 1, "at")] == 17
    assert lines[("steps", 2)] == 21
    assert lines[("steps", 2, "quoted key")] == 22
    assert lines[("steps", 2, "keys", 1, 1)] == 24
    # Something without its own line falls back to the nearest enclosing table.
    assert line_of(lines, ("steps", 1, "camera", "focus")) == 12
    assert line_of(lines, ("nothing",)) == 1


def test_catalog_keeps_good_scenes_beside_bad_ones(tmp_path):
    for name in ("herniated_disc", "disc_bulge"):
        shutil.copy(PRESETS_DIR / f"{name}.toml", tmp_path)
        shutil.copy(PRESETS_DIR / f"{name}.md", tmp_path)
    for name in (
        "syntax_error.toml",
        "not_utf8.toml",
        "empty.toml",
        "missing_section.toml",
        "missing_section.md",
    ):
        shutil.copy(BAD / name, tmp_path)
    scenes, errors = load_catalog(tmp_path)
    assert [s.id for s in scenes] == ["disc_bulge", "herniated_disc"]
    assert sorted(Path(e.file).name for e in errors) == [
        "empty.toml",
        "missing_section.toml",
        "not_utf8.toml",
        "syntax_error.toml",
    ]


def test_catalog_of_the_whole_bad_corpus_loads_nothing_and_never_raises():
    scenes, errors = load_catalog(BAD)
    assert scenes == []
    assert len(errors) == len(EXPECTED)
    assert {Path(e.file).stem for e in errors} == {Path(n).stem for n in EXPECTED}


def test_catalog_of_a_missing_folder_is_an_error_not_an_exception(tmp_path):
    scenes, errors = load_catalog(tmp_path / "nope")
    assert scenes == [] and len(errors) == 1 and "does not exist" in errors[0].message


def test_find_scene_by_id_and_unknown_id():
    assert find_scene("herniated_disc").level == "L4-L5"
    moved = find_scene("herniated_disc", level="L5-S1", side="right")
    assert (moved.level, moved.side) == ("L5-S1", "right")
    with pytest.raises(ValueError, match="there is no scene 'nope'; scenes are: degenerated_disc"):
        find_scene("nope")


def test_level_and_side_overrides_are_checked():
    with pytest.raises(ValueError, match="level must be one of L1-L2"):
        load_scene(PRESETS_DIR / "herniated_disc.toml", level="L6-L7")
    with pytest.raises(ValueError, match="side must be left or right"):
        load_scene(PRESETS_DIR / "herniated_disc.toml", side="both")


def test_a_step_may_carry_its_text_inline_without_a_markdown_file(tmp_path):
    text = (BAD / "unknown_view.toml").read_text().replace('view = "front"', 'view = "{side}"')
    (tmp_path / "inline.toml").write_text(text)
    scene = load_scene(tmp_path / "inline.toml")
    assert [s.text for s in scene.steps] == ["The start.", "Later on."]
    assert scene.text_file == ""


# -- the command line -------------------------------------------------------------------------


def test_scenes_json_lists_the_presets_and_exits_0(capsys):
    assert main(["scenes", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"scenes", "errors"}
    assert report["errors"] == []
    assert [s["id"] for s in report["scenes"]] == [  # teaching order (the files' `order` keys)
        "healthy_tour",
        "disc_bulge",
        "torn_disc",
        "herniated_disc",
        "degenerated_disc",
    ]
    for s in report["scenes"]:
        assert set(s) == {"id", "title", "level", "duration", "file"}
        assert Path(s["file"]).is_file() and isinstance(s["duration"], float)


def test_scenes_json_lists_good_scenes_and_errors_and_exits_2(tmp_path, capsys):
    shutil.copy(PRESETS_DIR / "torn_disc.toml", tmp_path)
    shutil.copy(PRESETS_DIR / "torn_disc.md", tmp_path)
    shutil.copy(BAD / "unordered_keyframes.toml", tmp_path)
    assert main(["scenes", "--dir", str(tmp_path), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in report["scenes"]] == ["torn_disc"]
    assert report["errors"] == [
        {
            "file": str(tmp_path / "unordered_keyframes.toml"),
            "line": 16,
            "message": "track 1 keyframe times must increase: 10 s comes after 20 s; "
            "put the keyframes in time order",
        }
    ]


def test_scenes_text_output_names_each_scene_and_each_error(tmp_path, capsys):
    shutil.copy(PRESETS_DIR / "torn_disc.toml", tmp_path)
    shutil.copy(PRESETS_DIR / "torn_disc.md", tmp_path)
    shutil.copy(BAD / "bad_easing.toml", tmp_path)
    assert main(["scenes", "--dir", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out.startswith("torn_disc ") and "L4-L5" in out and "Torn and painful disc" in out
    assert f"{tmp_path / 'bad_easing.toml'}:14: track 1 easing 'bouncy' is not allowed" in err
    assert "1 good, 1 bad file" in err


def test_scenes_with_a_missing_folder_is_a_one_line_user_error(tmp_path, capsys):
    assert main(["scenes", "--dir", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lumbar-viewer: error: the folder") and err.count("\n") == 1


def test_scenes_command_exit_status_from_a_real_process(tmp_path):
    shutil.copy(BAD / "nan_value.toml", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "app", "scenes", "--json", "--dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert report["scenes"] == [] and report["errors"][0]["line"] == 13
    assert "Traceback" not in result.stderr


def test_presets_are_listed_in_teaching_order_set_by_their_order_key(tmp_path):
    """Healthy tour first, then bulge, tear, herniation, degeneration: the files' `order` keys, not
    their names (which sort otherwise); a teacher's scene without an order comes after them."""
    scenes, errors = load_catalog()
    assert not errors
    assert [s.id for s in scenes] == [
        "healthy_tour",
        "disc_bulge",
        "torn_disc",
        "herniated_disc",
        "degenerated_disc",
    ]
    assert [s.id for s in scenes] != sorted(s.id for s in scenes)
    shutil.copy(PRESETS_DIR / "disc_bulge.toml", tmp_path / "aaa_first_by_name.toml")
    shutil.copy(PRESETS_DIR / "disc_bulge.md", tmp_path / "aaa_first_by_name.md")
    text = (tmp_path / "aaa_first_by_name.toml").read_text()
    (tmp_path / "aaa_first_by_name.toml").write_text(text.replace("order = 20\n", ""))
    (tmp_path / "zzz_early.toml").write_text(text.replace("order = 20", "order = 0"))
    shutil.copy(PRESETS_DIR / "disc_bulge.md", tmp_path / "zzz_early.md")
    ids = [s.id for s in load_catalog([PRESETS_DIR, tmp_path])[0]]
    assert ids[0] == "zzz_early" and ids[-1] == "aaa_first_by_name"
