"""Help > Explain my MRI report in the real window: paste a report, check what it understood,
correct a finding, play it, and see the model press the root the corrected finding names."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtCore import Qt
from vtkmodules.vtkRenderingCore import vtkCoordinate

from app.errors import UserError

REPORT = """IMPRESSION:
1. L5-S1: large left paracentral extrusion compressing the traversing left S1 nerve root.
2. L4-L5: mild disc bulge, no stenosis.
3. Grade 1 anterolisthesis of L4 on L5. Mild facet arthropathy.
"""
SHOTS = os.environ.get("LUMBAR_REPORT_SHOTS")  # a folder: also save the screenshots there


@pytest.fixture
def window(make_window):
    return make_window()


def _open(qtbot, window, text: str):
    window.ctx.actions["explain_report"].trigger()
    dialog = window.panels.report.dialog
    qtbot.waitExposed(dialog)
    dialog.text.setPlainText(text)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_report_is_read_corrected_and_played(qtbot, window):
    from scenes.timeline import step_end_time

    dialog = _open(qtbot, window, REPORT)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.cellWidget(0, 0).currentText() == "L5-S1"
    assert table.cellWidget(0, 1).currentText() == "Extrusion"
    assert table.cellWidget(0, 2).currentText() == "left"
    assert "broken through" in table.item(0, 5).text() and "extrusion" in table.item(0, 5).text()
    cannot = [dialog.unsupported.item(i).text() for i in range(dialog.unsupported.count())]
    assert any("spondylolisthesis" in c for c in cannot) and any("facet" in c for c in cannot)
    assert dialog.play_button.isEnabled() and dialog.table.cellWidget(0, 2).accessibleName()

    # The physician corrects the side: the caught root follows.
    dialog.table.cellWidget(0, 2).setCurrentIndex(1)  # right
    assert dialog.findings[0].side == "right" and dialog.findings[0].roots == ("S1.right",)

    qtbot.mouseClick(dialog.play_button, Qt.MouseButton.LeftButton)
    player = window.panels.playing.player
    assert player.scene is not None and player.scene.id == "my_mri_report" and player.playing
    assert window.panels.playing.panel.item_for("my_mri_report") is not None  # listed with the scenes
    with qtbot.waitSignal(player.roots_pressed, timeout=20000) as sig:
        player.pause()
        player.seek(step_end_time(player.scene, 0))
    pressed = sig.args[0]
    assert pressed.get("S1.right", 0) > 0.1 and "S1.left" not in pressed, pressed
    assert window.panels.clinic.body_map.body_map.compression == pressed
    state = dict(window.viewport.stage.state.discs)
    assert state["L5-S1"].herniation >= 0.5 and state["L5-S1"].side == "right"
    # The view shows the lit root: its outline's colour is on screen where the root passes the disc.
    vp = window.viewport
    outline = player.scene_looks.outlines["root.S1.right"]
    assert outline.GetVisibility()
    colour = np.array(outline.GetProperty().GetColor()) * 255
    root = np.asarray(vp.meshes["root.S1.right"].points)
    disc_z = np.asarray(vp.meshes["annulus.L5-S1"].points)[:, 2].mean()
    near_disc = root[np.abs(root[:, 2] - disc_z) < 6.0].mean(axis=0)
    where = vtkCoordinate()
    where.SetCoordinateSystemToWorld()
    where.SetValue(*near_disc)
    vp.plotter.render()
    x, y = where.GetComputedDisplayValue(vp.plotter.renderer)
    image = np.asarray(vp.plotter.screenshot(return_img=True))[..., :3].astype(float)
    h = image.shape[0]
    lit = np.abs(image - colour).sum(axis=2) < 60
    box = lit[max(0, h - 1 - y - 60) : h - y + 60, max(0, x - 60) : x + 60]
    assert box.sum() > 20, (box.sum(), lit.sum(), x, y)
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "report_window_played.png"))
        dialog.grab().save(os.path.join(SHOTS, "report_dialog.png"))


def test_the_corrected_scene_saves_as_a_scene_pair_the_list_accepts(qtbot, window, tmp_path):
    from scenes.catalog import load_catalog

    dialog = _open(qtbot, window, REPORT)
    dialog.table.cellWidget(1, 0).setCurrentIndex(2)  # the bulge: L4-L5 -> L3-L4
    assert dialog.findings[1].level == "L3-L4"
    said = window.panels.report.save(dialog.current(), tmp_path / "mine.toml")
    assert "mine.toml" in said and (tmp_path / "mine.md").exists()
    scenes, errors = load_catalog(tmp_path)
    assert not errors and [s.id for s in scenes] == ["mine"]
    assert [s.level for s in scenes[0].steps[:2]] == ["L5-S1", "L3-L4"]
    with pytest.raises(UserError):  # a bad name is one sentence, and nothing is written
        window.panels.report.save(dialog.current(), tmp_path / "Bad Name.toml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.md", "mine.toml"]


def test_a_pdf_report_opens_and_is_read(qtbot, window, tmp_path):
    from PySide6.QtGui import QPdfWriter, QTextDocument

    pdf = tmp_path / "report.pdf"
    doc = QTextDocument()
    doc.setPlainText(REPORT)
    doc.print_(QPdfWriter(str(pdf)))
    window.ctx.actions["explain_report"].trigger()
    dialog = window.panels.report.dialog
    dialog.load_file(pdf)
    assert "anterolisthesis" in dialog.text.toPlainText()
    assert dialog.table.rowCount() == 2 and dialog.findings[0].roots == ("S1.left",)
    assert window.panels.report.make_handout is not None  # Make handout… goes to File > Export's handout
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    dialog.load_file(tmp_path / "scan.pdf")
    assert dialog.message.text().startswith("The PDF scan.pdf cannot be read")


def test_a_text_with_no_findings_gets_one_sentence_in_the_dialog(qtbot, window):
    dialog = _open(qtbot, window, "milk, eggs, bread")
    assert dialog.table.rowCount() == 0
    assert dialog.message.text().startswith("No lumbar disc findings")
    assert not dialog.play_button.isEnabled() and not dialog.save_button.isEnabled()
