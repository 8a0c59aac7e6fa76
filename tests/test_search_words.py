"""Search matches every word a person types (issue 18, defect 2): side, level however written,
plain synonyms; the best match first; in the real information panel, Enter selects it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.explore.info_panel import search_parts


@pytest.mark.parametrize(
    ("text", "first", "all_of"),
    [
        ("L5 root", "root.L5.left", {"root.L5.left", "root.L5.right"}),
        ("left L5 root", "root.L5.left", {"root.L5.left"}),
        ("right L5 nerve", "root.L5.right", {"root.L5.right"}),
        ("S1 nerve", "root.S1.left", {"root.S1.left", "root.S1.right"}),
        ("L4-L5 disc", "annulus.L4-L5", {"annulus.L4-L5", "nucleus.L4-L5"}),
        ("disc L4/5", "annulus.L4-L5", {"annulus.L4-L5", "nucleus.L4-L5"}),
        ("L45 disc", "annulus.L4-L5", {"annulus.L4-L5", "nucleus.L4-L5"}),
        ("L4-5 gel", "nucleus.L4-L5", {"nucleus.L4-L5"}),
        ("intervertebral disc L5/S1", "annulus.L5-S1", {"annulus.L5-S1", "nucleus.L5-S1"}),
        ("thecal sac", "dura", {"dura"}),
        ("gel", "nucleus.L1-L2", {f"nucleus.{d}" for d in ("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")}),
        ("L4", "vertebra.L4", None),
        ("flavum", "flavum.L1-L2", None),
    ],
)
def test_every_word_matches_best_first(text, first, all_of):
    found = search_parts(text)
    assert found and found[0] == first, (text, found[:5])
    if all_of is not None:
        assert set(found) == all_of, (text, found)


def test_unknown_words_find_nothing():
    assert search_parts("spleen") == [] and search_parts("left spleen root") == []


def test_typing_left_l5_root_in_the_panel_selects_and_draws_it(make_window, qtbot):

    window = make_window()
    e = window.install_tools().explore
    QApplication.processEvents()
    box = e.info_panel.search
    box.setText("disc L4/5")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert e.selection.part == "annulus.L4-L5"
    assert e.info_panel.matches.count() == 2  # the ring and the gel core, to step through
    box.setText("left L5 root")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert e.selection.part == "root.L5.left"
    assert e.info_panel.name.text() == "Left L5 nerve root"
    outline = e.selection._outline  # the selected root is outlined in the 3D view
    assert outline is not None and window.plotter.renderer.HasViewProp(outline)
