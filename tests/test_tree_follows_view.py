"""The Structures tree always shows what is drawn (issue 18, defect 1): after isolate and show
all, while a scene step hides the parts above a disc, and after the scene lets them go."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def tree_matches_view(window) -> list[str]:
    """Parts whose tick disagrees with their actor, and groups whose tick disagrees with theirs."""
    s, vp = window.structures, window.viewport
    bad = [p for p in s.items if s.is_checked(p) != vp.is_visible(p)]
    for group, item in s.group_items.items():
        kids = [item.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(item.childCount())]
        shown = [vp.is_visible(p) for p in kids]
        want = Qt.CheckState.Checked if all(shown) else (
            Qt.CheckState.Unchecked if not any(shown) else Qt.CheckState.PartiallyChecked)  # fmt: skip
        if item.checkState(0) != want:
            bad.append(group)
    return bad


def bone_pixels(window) -> int:
    """Pixels of bone colour in the rendered view (bone is the pale ivory of the part table)."""
    window.plotter.render()
    img = np.asarray(window.plotter.screenshot(return_img=True), dtype=int)
    r, g, b = img[..., 0], img[..., 1], img[..., 2]
    return int(np.sum((r > 150) & (g > 130) & (b > 90) & (r - b > 20) & (r - b < 110)))


def test_isolate_then_show_all_ticks_every_group_again(make_window, qtbot):
    window = make_window()
    e = window.install_tools().explore
    QApplication.processEvents()
    e.selection.select("nucleus.L4-L5")
    window.actions["isolate"].trigger()
    assert window.viewport.visible_parts() == ["nucleus.L4-L5"]
    assert tree_matches_view(window) == []
    assert bone_pixels(window) < 50  # no bone drawn
    window.actions["show_all"].trigger()
    assert len(window.viewport.visible_parts()) == len(window.structures.items)
    assert tree_matches_view(window) == []
    assert bone_pixels(window) > 2000  # the bones are back on screen, and ticked


def test_a_scene_step_that_hides_parts_unticks_them_and_gives_them_back(make_window, qtbot):
    window = make_window()
    window.panels.playing.player.camera_transition_s = 0.0
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.go_to_step(1)  # looks down on the disc with everything above it hidden
    hidden = window.panels.playing.player.frame.hidden
    assert hidden and all(not window.viewport.is_visible(p) for p in hidden)
    assert tree_matches_view(window) == []
    assert not any(window.structures.is_checked(p) for p in hidden)
    window.panels.playing.player.set_scene(None)
    assert all(window.viewport.is_visible(p) for p in hidden)
    assert tree_matches_view(window) == []
