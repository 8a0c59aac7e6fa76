"""Exports from the real window (Qt + VTK under Xvfb) and from the command line: stills, clips in
slices with a progress dialog and Cancel, 3D files of the model as it stands, the handout; and
reliable writes: a full disk, a read-only disk or file, a missing folder or a cancel leaves no
partial file and says so in one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import imageio.v3 as iio
import numpy as np
import pytest
import trimesh
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from app.errors import UserError
from app.share.video import ClipSpec, read_clip
from meshes.parts import PARTS
from scenes.catalog import find_scene

ROOT = Path(__file__).resolve().parents[1]
CLIP = dict(size=(160, 120), fps=2.0)


@pytest.fixture
def window(make_window):
    w = make_window()
    w.panels.playing.player.camera_transition_s = 0.0
    tools = w.panels.exports  # File > Export, installed by the window
    tools.show_errors = False  # no message box may block the test; the status bar says it
    return w


def lumbar(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=os.environ.copy(), capture_output=True,
        text=True, timeout=300,
    )  # fmt: skip


def one_line_error(done: subprocess.CompletedProcess, *words: str) -> str:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lumbar-viewer: error: "), done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def wait_for(qtbot, job, timeout=120_000):
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    return job


# ---- the menu -------------------------------------------------------------------------------------
def test_file_export_menu_holds_every_export_with_shortcuts(window):
    file_menu = window.menus["File"]
    export_menu = window.menus["export"]
    assert export_menu.menuAction() in file_menu.actions()
    assert file_menu.actions().index(export_menu.menuAction()) < file_menu.actions().index(
        window.actions["quit"]
    )
    names = [a.objectName() for a in export_menu.actions() if not a.isSeparator()]
    assert names == [
        "save_still", "copy_view", "export_clip", "export_3d", "save_take_home",
        "print_handout", "save_handout",
    ]  # fmt: skip
    for name in names:
        action = window.actions[name]
        assert action.toolTip() and action.statusTip()
    assert window.actions["print_handout"].shortcut().toString() == "Ctrl+P"
    assert len([m for m in file_menu.actions() if m.objectName() == "" and m.text() == "&Export"]) == 1


# ---- stills ---------------------------------------------------------------------------------------
def test_a_still_at_screen_size_matches_the_view(window, tmp_path):
    from app.share.still import view_size

    out = window.panels.exports.save_still(tmp_path / "view.png")
    image = iio.imread(out)
    assert (image.shape[1], image.shape[0]) == view_size(window.viewport)
    assert image.shape[2] == 3 and image.std() > 10


def test_a_chosen_size_still_has_its_caption_and_shows_the_same_view(window, tmp_path):
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.seek(31.0)
    plain = iio.imread(window.panels.exports.save_still(tmp_path / "plain.png", size=(800, 600)))
    captioned = iio.imread(
        window.panels.exports.save_still(tmp_path / "cap.png", size=(800, 600), caption=True)
    )
    assert plain.shape == captioned.shape == (600, 800, 3)
    bottom = slice(480, 600)
    white = lambda img: int((img[bottom].min(axis=2) > 225).sum())  # noqa: E731
    assert white(captioned) > white(plain) + 200
    assert np.abs(plain[:300].astype(int) - captioned[:300]).mean() < 1  # only the bottom changed
    assert window.panels.exports.caption()[0] == "Herniated disc · L4-L5, left side"
    assert window.panels.exports.caption()[1] == "Step 5 of 7: The pinched nerve"


def test_a_4k_still_and_a_transparent_one(window, tmp_path):
    big = iio.imread(window.panels.exports.save_still(tmp_path / "4k.png", size=(3840, 2160)))
    assert big.shape == (2160, 3840, 3)
    see_through = iio.imread(
        window.panels.exports.save_still(tmp_path / "t.png", size=(400, 300), transparent=True)
    )
    assert see_through.shape == (300, 400, 4)
    alpha = see_through[..., 3]
    assert alpha[0, 0] == 0 and alpha[-1, -1] == 0  # background corners
    assert (alpha == 255).mean() > 0.05  # the spine is opaque
    with pytest.raises(UserError, match="3840x2160"):
        window.panels.exports.save_still(tmp_path / "8k.png", size=(7680, 4320))


def test_copy_view_puts_the_picture_on_the_clipboard(window):
    from app.share.still import view_size

    QApplication.clipboard().clear()
    window.panels.exports.copy_still()
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == view_size(window.viewport)


# ---- 3D files -------------------------------------------------------------------------------------
def test_a_gltf_of_a_scene_moment_round_trips_with_every_part(window, tmp_path, model):
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.seek(30.0)
    out = tmp_path / "moment.glb"
    assert window.panels.exports.export_3d(out, visible_only=False) == len(model.parts)
    scene = trimesh.load(out, force="scene", process=False)
    nodes = set(scene.graph.nodes_geometry)
    assert nodes == set(model.parts)
    for pid, part in model.parts.items():
        mesh = scene.geometry[scene.graph[pid][1]]
        assert len(mesh.vertices) == len(part.vertices), pid
        assert len(mesh.faces) == len(part.faces), pid
    herniating = scene.geometry[scene.graph["nucleus.L4-L5"][1]].vertices
    assert np.abs(herniating - model.parts["nucleus.L4-L5"].vertices).max() > 2.0  # mm: it moved
    still = scene.geometry[scene.graph["vertebra.L1"][1]].vertices
    assert np.allclose(still, model.parts["vertebra.L1"].vertices, atol=1e-4)


def test_visible_only_leaves_out_the_hidden_parts(window, tmp_path, model):
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.seek(10.0)  # a view from the feet: the parts below the disc are hidden
    hidden = {pid for pid in model.parts if not window.viewport.is_visible(pid)}
    assert "sacrum" in hidden
    out = tmp_path / "visible.glb"
    assert window.panels.exports.export_3d(out, visible_only=True) == len(model.parts) - len(hidden)
    nodes = set(trimesh.load(out, force="scene").graph.nodes_geometry)
    assert nodes == set(model.parts) - hidden


@pytest.mark.parametrize("suffix", [".stl", ".obj", ".ply"])
def test_other_3d_formats_hold_every_visible_triangle(window, tmp_path, model, suffix):
    out = tmp_path / f"model{suffix}"
    window.panels.exports.export_3d(out, visible_only=False)
    mesh = trimesh.load(out, force="mesh", process=False)
    assert len(mesh.faces) == model.triangles


def test_the_export_command_writes_a_scene_moment(tmp_path, model):
    out = tmp_path / "at30.glb"
    done = lumbar("export", "--scene", "herniated_disc", "--at", "30", "--out", str(out), "--detail", "low")
    assert done.returncode == 0, done.stderr
    scene = trimesh.load(out, force="scene", process=False)
    assert set(scene.graph.nodes_geometry) == set(model.parts)
    moved = scene.geometry[scene.graph["nucleus.L4-L5"][1]].vertices
    assert np.abs(moved - model.parts["nucleus.L4-L5"].vertices).max() > 2.0


# ---- clips from the window ------------------------------------------------------------------------
def test_a_clip_is_made_in_slices_while_the_window_keeps_working(window, qtbot, tmp_path):
    scene = find_scene("disc_bulge")
    out = tmp_path / "bulge.mp4"
    ticks = []
    keep_alive = QTimer(window)  # stands for the window's own work (repaints, clicks)
    keep_alive.setInterval(0)
    keep_alive.timeout.connect(lambda: ticks.append(job.dialog.value() if job.dialog is not None else -1))
    job = window.panels.exports.start_clip(ClipSpec(scene, start=20.0, end=22.0, **CLIP), out)
    assert not job.done and job.dialog is not None and job.dialog.isVisible()
    keep_alive.start()
    wait_for(qtbot, job)
    keep_alive.stop()
    assert job.ok, job.message
    assert read_clip(out) == (4, (160, 120))
    assert len({t for t in ticks if t >= 0}) >= 3  # the event loop ran between frames 1, 2, 3...
    assert "Saved the clip" in window.statusBar().currentMessage()
    assert job.dialog is None  # closed


def test_cancel_in_the_progress_dialog_leaves_no_file(window, qtbot, tmp_path):
    out = tmp_path / "cancelled.gif"
    job = window.panels.exports.start_clip(
        ClipSpec(find_scene("torn_disc"), start=0.0, end=10.0, **CLIP), out
    )
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.value() >= 2, timeout=60_000)
    cancel_button = next(b for b in job.dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert job.done and not job.ok and "cancelled" in job.message
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_one_export_at_a_time(window, qtbot, tmp_path):
    spec = ClipSpec(find_scene("torn_disc"), start=0.0, end=2.0, **CLIP)
    job = window.panels.exports.start_clip(spec, tmp_path / "a.mp4")
    with pytest.raises(UserError, match="another export is still running"):
        window.panels.exports.start_clip(spec, tmp_path / "b.mp4")
    wait_for(qtbot, job)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mp4"]


def test_closing_the_window_cancels_a_running_clip(make_window, qtbot, tmp_path):
    w = make_window()
    tools = w.panels.exports
    tools.show_errors = False
    job = tools.start_clip(ClipSpec(find_scene("torn_disc"), start=0.0, end=10.0, **CLIP), tmp_path / "c.mp4")
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.value() >= 1, timeout=60_000)
    w.close()
    assert job.done and not job.ok
    assert list(tmp_path.iterdir()) == []


# ---- the handout from the window ------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_the_handout_is_saved_from_the_window_for_the_scene_showing(window, qtbot, tmp_path):
    from scenes.schema import retarget

    window.panels.playing.player.set_scene(
        retarget(find_scene("herniated_disc"), level="L5-S1", side="right")
    )
    scene_id, level, side = window.panels.exports._handout_defaults()
    assert (scene_id, level, side) == ("herniated_disc", "L5-S1", "right")
    out = tmp_path / "handout.pdf"
    job = wait_for(qtbot, window.panels.exports.start_handout(find_scene(scene_id), level, side, out))
    assert job.ok, job.message
    text = pdf_text(out)
    assert "Herniated disc" in text and "the right S1 nerve root" in text
    assert "Notes from your doctor" in text


def test_the_handout_prints_through_a_printer(window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = wait_for(
        qtbot, window.panels.exports.start_handout(find_scene("disc_bulge"), "L3-L4", "left", printer)
    )
    assert job.ok and "printer" in job.message
    del printer
    text = pdf_text(tmp_path / "printed.pdf")
    assert "Disc bulge" in text and "L3-L4" in text


# ---- reliable writes ------------------------------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path):
    """A tiny RAM disk with a few KiB left (root only; skipped where mounting is not allowed)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        (mount / "filler").write_bytes(b"\0" * (256 - 12) * 1024)  # 12 KiB left
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize(
    "args",
    [
        [
            "video",
            "--scene",
            "disc_bulge",
            "--to",
            "2",
            "--size",
            "320x240",
            "--fps",
            "4",
            "--out",
            "{d}/c.mp4",
        ],
        [
            "video",
            "--scene",
            "disc_bulge",
            "--to",
            "2",
            "--size",
            "320x240",
            "--fps",
            "4",
            "--out",
            "{d}/c.gif",
        ],
        ["handout", "--scene", "disc_bulge", "--out", "{d}/h.pdf"],
        ["render", "--size", "1280x800", "--out", "{d}/r.png"],
        ["export", "--out", "{d}/m.glb"],
    ],
    ids=["mp4", "gif", "pdf", "png", "glb"],
)
def test_a_full_disk_leaves_only_what_was_there_and_says_so(full_disk, args):
    done = lumbar(*[a.replace("{d}", str(full_disk)) for a in args], "--detail", "low")
    one_line_error(done, "disk is full")
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


def test_a_full_disk_in_the_window_leaves_nothing_and_says_so(window, qtbot, full_disk):
    job = window.panels.exports.start_clip(
        ClipSpec(find_scene("disc_bulge"), size=(320, 240), fps=4, start=0.0, end=2.0), full_disk / "c.gif"
    )
    wait_for(qtbot, job)
    assert not job.ok and "disk is full" in job.message
    assert "disk is full" in window.statusBar().currentMessage()
    with pytest.raises(UserError, match="disk is full"):
        window.panels.exports.save_still(full_disk / "s.png", size=(1280, 800))
    with pytest.raises(UserError, match="disk is full"):
        window.panels.exports.export_3d(full_disk / "m.glb", visible_only=False)
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


def test_a_read_only_disk_is_named_before_any_work(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only disk needs root")
    mount = tmp_path / "ro"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,ro", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        one_line_error(lumbar("video", "--scene", "disc_bulge", "--out", str(mount / "c.mp4")), "read-only")
        one_line_error(lumbar("handout", "--scene", "disc_bulge", "--out", str(mount / "h.pdf")), "read-only")
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _read_only(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    path.chmod(0o444)
    return path


def test_a_read_only_file_is_not_replaced(window, tmp_path):
    picture = _read_only(tmp_path / "keep.png", b"the user's own picture")
    clip = _read_only(tmp_path / "keep.gif", b"GIF89a and the rest")
    with pytest.raises(UserError, match="read-only"):
        window.panels.exports.save_still(picture)
    with pytest.raises(UserError, match="read-only"):
        window.panels.exports.start_clip(ClipSpec(find_scene("torn_disc"), **CLIP), clip)
    one_line_error(lumbar("video", "--scene", "torn_disc", "--out", str(clip)), "read-only")
    assert picture.read_bytes() == b"the user's own picture"
    assert clip.read_bytes() == b"GIF89a and the rest"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.gif", "keep.png"]


def test_a_missing_folder_is_named_by_every_export(window, tmp_path):
    gone = tmp_path / "no such folder"
    with pytest.raises(UserError, match="does not exist"):
        window.panels.exports.save_still(gone / "s.png")
    with pytest.raises(UserError, match="does not exist"):
        window.panels.exports.export_3d(gone / "m.glb")
    with pytest.raises(UserError, match="does not exist"):
        window.panels.exports.start_clip(ClipSpec(find_scene("torn_disc"), **CLIP), gone / "c.mp4")
    with pytest.raises(UserError, match="does not exist"):
        window.panels.exports.start_handout(find_scene("torn_disc"), None, None, gone / "h.pdf")
    one_line_error(lumbar("video", "--scene", "torn_disc", "--out", str(gone / "c.mp4")), "does not exist")
    assert list(tmp_path.iterdir()) == []
    assert window.panels.exports.job is None or window.panels.exports.job.done


def test_every_part_in_the_part_table_is_exported_by_name(window, tmp_path, model):
    """Part names in the 3D file are the part ids of meshes.parts (what other programs show)."""
    out = tmp_path / "all.gltf"
    window.panels.exports.export_3d(out, visible_only=False)
    names = set(trimesh.load(out, force="scene").graph.nodes_geometry)
    assert names <= set(PARTS) and names == set(model.parts)


# ---- the dialogs ----------------------------------------------------------------------------------
def test_each_export_command_opens_its_dialog(window, qtbot):
    from app.share.forms import ClipDialog, Export3DDialog, HandoutDialog, StillDialog

    expected = {
        "save_still": StillDialog,
        "export_clip": ClipDialog,
        "export_3d": Export3DDialog,
        "print_handout": HandoutDialog,
        "save_handout": HandoutDialog,
    }
    for name, kind in expected.items():
        seen = []

        def close_it(seen=seen):
            dialog = QApplication.activeModalWidget()
            seen.append(type(dialog))
            dialog.reject()

        QTimer.singleShot(0, close_it)
        window.actions[name].trigger()
        assert seen == [kind], name
    assert window.panels.exports.job is None  # a dialog cancelled starts nothing


def test_the_clip_dialog_starts_from_the_scene_showing(window, qtbot):
    from app.share.forms import ClipDialog
    from scenes.schema import retarget

    window.panels.playing.player.set_scene(retarget(find_scene("torn_disc"), level="L5-S1", side="right"))
    dialog = ClipDialog(
        window, window.panels.exports.scenes(), window.panels.playing.player.scene, window.settings
    )
    spec, suffix = dialog.spec()
    assert spec.scene.id == "torn_disc" and (spec.scene.level, spec.scene.side) == ("L5-S1", "right")
    assert (spec.start, spec.stop) == (0.0, spec.scene.duration)
    assert suffix == ".mp4" and spec.size == (1280, 720) and spec.fps == 24.0
    dialog.gif.setChecked(True)  # a GIF starts from the GIF defaults
    dialog.start_box.setValue(5.0)
    spec, suffix = dialog.spec()
    assert suffix == ".gif" and spec.size == (640, 360) and spec.fps == 12.0 and spec.start == 5.0
    again = ClipDialog(window, window.panels.exports.scenes(), None, window.settings)  # remembered
    assert again.spec()[0].size == (640, 360) and again.spec()[0].fps == 12.0
    for d in (dialog, again):
        d.deleteLater()


def test_the_still_dialog_offers_screen_size_presets_and_custom(window):
    from app.share.forms import StillDialog

    dialog = StillDialog(window, (1000, 700))
    assert dialog.choices() == (None, False, False)  # as on screen
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("3840x2160"))
    dialog.caption_box.setChecked(True)
    assert dialog.choices() == ((3840, 2160), False, True)
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("custom"))
    assert dialog.width_box.isEnabled()
    dialog.width_box.setValue(9999)  # clamped to 4K
    dialog.height_box.setValue(500)
    dialog.transparent_box.setChecked(True)
    assert dialog.choices() == ((3840, 500), True, True)
    dialog.deleteLater()
