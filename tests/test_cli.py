"""The command line as a user runs it: a fresh ``python -m app`` process, its files and its errors."""

from __future__ import annotations

import ctypes.util
import os
from pathlib import Path

import numpy as np
import pytest
from cli_run import ROOT, TEST_DETAIL, assert_user_error, lumbar


# ---- outputs ------------------------------------------------------------------------------------
def test_render_writes_a_png_of_the_asked_size(tmp_path):
    from PIL import Image

    out = tmp_path / "shot.png"
    done = lumbar("render", "--out", str(out), "--size", "400x250", "--view", "left", "--detail", TEST_DETAIL)
    assert done.returncode == 0, done.stderr
    with Image.open(out) as img:
        assert img.format == "PNG"
        assert img.size == (400, 250)
        pixels = np.asarray(img.convert("RGB"))
    assert pixels.std() > 10
    assert [p.name for p in tmp_path.iterdir()] == ["shot.png"]  # no temporary file left


def test_render_of_a_scene_step_looks_as_the_step_shows_it(tmp_path):
    """A teacher's still of step 2 of the herniation: that step's camera (from the feet), not the
    default oblique view; --view still overrides it."""
    from PIL import Image

    def shot(*extra: str) -> tuple[str, np.ndarray]:
        out = tmp_path / f"s{len(list(tmp_path.iterdir()))}.png"
        done = lumbar(
            "render", "--scene", "herniated_disc", "--step", "2", "--size", "320x200",
            "--out", str(out), "--detail", TEST_DETAIL, *extra,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        with Image.open(out) as img:
            return done.stdout, np.asarray(img.convert("RGB")).astype(float)

    said, step = shot()
    assert "step 2 camera" in said
    said_oblique, oblique = shot("--view", "oblique")
    assert "oblique view" in said_oblique
    assert step.std() > 10 and np.abs(step - oblique).mean() > 10  # a different picture


def test_export_glb_has_one_node_per_part_in_millimetres(tmp_path, model):
    import trimesh

    out = tmp_path / "model.glb"
    done = lumbar("export", "--out", str(out), "--detail", TEST_DETAIL)
    assert done.returncode == 0, done.stderr
    scene = trimesh.load(out)
    assert isinstance(scene, trimesh.Scene)
    assert set(model.parts) <= set(scene.graph.nodes_geometry)
    for pid, part in model.parts.items():
        transform, geometry = scene.graph[pid]
        np.testing.assert_allclose(transform, np.eye(4))
        vertices = scene.geometry[geometry].vertices
        assert len(vertices) == len(part.vertices)
        np.testing.assert_allclose(vertices, part.vertices, atol=1e-3)  # mm, RAS, unchanged
    assert scene.metadata.get("units") == "mm"


@pytest.mark.parametrize("suffix", [".gltf", ".stl", ".obj", ".ply"])
def test_export_other_formats_hold_every_triangle(tmp_path, model, suffix):
    import trimesh

    out = tmp_path / f"model{suffix}"
    done = lumbar("export", "--out", str(out), "--detail", TEST_DETAIL)
    assert done.returncode == 0, done.stderr
    loaded = trimesh.load(out, force="mesh", process=False)
    assert len(loaded.faces) == model.triangles
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_failed_write_leaves_no_file(tmp_path):
    from app.outputs import atomic_path

    target = tmp_path / "model.glb"
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"half a model")
            raise RuntimeError("the disk filled up")
    assert list(tmp_path.iterdir()) == []


def test_help_lists_the_commands():
    done = lumbar("--help")
    assert done.returncode == 0
    for name in ("render", "export", "bench", "selftest"):
        assert name in done.stdout


# ---- bad input: one line, exit 2, nothing written -----------------------------------------------
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["render", "--view", "sideways"], ["sideways", "anterior", "oblique"]),
        (["render", "--size", "big"], ["big", "WIDTHxHEIGHT"]),
        (["render", "--size", "1280x"], ["1280x", "WIDTHxHEIGHT"]),
        (["render", "--size", "0x800"], ["0x800", "WIDTHxHEIGHT"]),
        (["render", "--size", "640x99999"], ["640x99999", "8192"]),
        (["render", "--detail", "ultra"], ["ultra", "low"]),
        (["export", "--detail", "ultra"], ["ultra", "low"]),
    ],
)
def test_bad_options_are_one_line_errors(tmp_path, args, words):
    out = "shot.png" if args[0] == "render" else "model.glb"
    done = lumbar(*args, "--out", str(tmp_path / out))
    assert_user_error(done, *words)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["render", "export"])
def test_a_missing_output_folder_is_named(tmp_path, command):
    out = tmp_path / "no" / "such" / ("shot.png" if command == "render" else "model.glb")
    assert_user_error(lumbar(command, "--out", str(out)), str(out.parent), "does not exist")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["render", "export"])
def test_an_output_folder_that_is_a_file_is_named(tmp_path, command):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    out = blocker / ("shot.png" if command == "render" else "model.glb")
    assert_user_error(lumbar(command, "--out", str(out)), str(blocker), "not a folder")
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_an_unwritable_output_folder_is_named(tmp_path):
    if os.geteuid() == 0:
        folder = Path("/proc")  # root may write anywhere on disk, but not in /proc
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    try:
        assert_user_error(lumbar("export", "--out", str(folder / "model.glb")), str(folder), "cannot write")
    finally:
        if folder != Path("/proc"):
            folder.chmod(0o700)
    assert not (folder / "model.glb").exists()


@pytest.mark.parametrize(
    ("command", "name", "allowed"),
    [
        ("render", "shot.jpg", ".png"),
        ("render", "shot", ".png"),
        ("export", "model.fbx", ".glb"),
        ("export", "model.3mf", ".stl"),
    ],
)
def test_an_unsupported_suffix_lists_the_allowed_ones(tmp_path, command, name, allowed):
    assert_user_error(lumbar(command, "--out", str(tmp_path / name)), allowed)
    assert list(tmp_path.iterdir()) == []


def test_missing_out_and_unknown_command_are_one_line_errors():
    assert_user_error(lumbar("render"), "--out")
    assert_user_error(lumbar("paint"), "paint")
    assert_user_error(lumbar("render", "--out", "x.png", "--colour", "red"), "--colour")


def test_no_usable_opengl_is_one_line_and_no_crash(tmp_path):
    """With no display and an EGL that cannot load a driver, VTK has nothing left but OSMesa."""
    if ctypes.util.find_library("OSMesa") is not None:
        pytest.skip("OSMesa is installed here, so VTK can always draw off-screen")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["VTK_DEFAULT_OPENGL_WINDOW"] = "vtkEGLRenderWindow"
    env["__EGL_VENDOR_LIBRARY_FILENAMES"] = str(tmp_path / "no-such-vendor.json")
    out = tmp_path / "shot.png"
    done = lumbar("render", "--out", str(out), "--size", "64x64", "--detail", TEST_DETAIL, env=env)
    assert_user_error(done, "OpenGL")
    assert list(tmp_path.iterdir()) == []


def test_the_viewer_without_a_display_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    assert_user_error(lumbar(env=env), "display")


# ---- the README's promises -------------------------------------------------------------------
def test_readme_gives_two_setup_commands_and_ci_runs_the_test_one():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    assert len(commands) == 2, commands
    launch, test = commands
    assert "pip install" in launch and ("python3 -m app" in launch or "lumbar-viewer" in launch)
    assert "pip install" in test and "selftest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
    assert "not medical advice" in readme
    assert (ROOT / "docs" / "viewer.png").is_file()
