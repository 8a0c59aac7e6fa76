"""Cut faces are refilled, not remade (issue 12): a cut moved or rebuilt and a scene's slice
redrawn step after step keep the same two actors and the same OpenGL texture, so a long session
makes and deletes no textured actors; a face that is hidden gives its texture back, so what an
idle window holds does not depend on which cuts came last."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _props(window) -> int:
    from app.cli.soak import count_actors

    return count_actors(window)


def _texture_handle(actor) -> int:
    tex = actor.GetTexture()
    return tex.GetTextureObject().GetHandle() if tex is not None and tex.GetTextureObject() else 0


def _released(face) -> bool:
    """The face draws no texture, holds no picture and no OpenGL texture storage."""
    texture = face.texture.GetTextureObject()
    return (
        face.cap.GetTexture() is None
        and face.texture.GetNumberOfInputConnections(0) == 0
        and (texture is None or texture.GetHandle() == 0)
    )


def test_rebuilding_a_cut_keeps_its_actors_and_texture(make_window):
    window = make_window()
    clipping = window.install_tools().explore.clipping
    QApplication.processEvents()
    clipping.cut_through_disc("L4-L5", look=False)
    clipping.rebuild_caps("fine")
    window.plotter.render()
    cap = clipping.cap_actor("axial")
    handle, props = _texture_handle(cap), _props(window)
    assert cap.GetVisibility() and handle > 0
    image = cap.GetTexture().GetInput()
    for offset in (2.0, -1.5, 0.5):  # a new picture each time, of another size
        clipping.set_offset("axial", offset)
        clipping.rebuild_caps("fine")
        clipping.rebuild_caps("draft")
        window.plotter.render()
        assert clipping.cap_actor("axial") is cap
        assert _texture_handle(cap) == handle
    assert cap.GetTexture().GetInput() is not image  # the picture was replaced, the texture kept
    assert _props(window) == props
    face = clipping._faces["axial"][0]
    clipping.clear()
    assert clipping.cap_actor("axial") is None and not cap.GetVisibility()
    assert cap.GetMapper().GetInput().GetNumberOfCells() == 0  # the hidden face holds no mesh
    assert _released(face)  # ... nor a picture, nor texture memory
    assert cap not in window.tools.explore.selection.extra_pickables
    clipping.cut_through_disc("L3-L4", look=False)
    clipping.rebuild_caps("fine")
    window.plotter.render()
    assert clipping.cap_actor("axial") is cap and cap.GetVisibility()
    assert _texture_handle(cap) > 0  # the given-back texture is made again for the new cut
    assert _props(window) == props


def test_a_scene_slice_is_redrawn_in_the_same_face(qtbot, make_window):
    window = make_window()
    player = window.panels.playing.player
    player.set_scene("herniated_disc")
    player.go_to_step(4)  # from the feet: the sac and the roots cut below the disc
    window.plotter.render()
    face = player.slice._face
    assert face is not None and face.cap.GetVisibility()
    handle, props = _texture_handle(face.cap), _props(window)
    builds = player.slice.cap_builds
    for step in (3, 4, 2, 4):
        player.go_to_step(step)
        window.plotter.render()
        if player.slice.section is not None:
            assert player.slice._face is face and face.cap.GetVisibility()
            assert _texture_handle(face.cap) == handle
    assert player.slice.cap_builds > builds and _props(window) == props
    player.set_scene(None)
    assert not face.cap.GetVisibility() and not face.lines.GetVisibility()
    assert _released(face)
