"""How much of a herniated fragment the view shows: its pixels on screen, counted in a render
where the fragment is white and everything else black (see-through parts in front dim it)."""

from __future__ import annotations

import numpy as np


def fragment_mask(model, state, disc: str) -> np.ndarray:
    """The nucleus vertices outside the disc space (the gel that has left the disc)."""
    from meshes.measure import _envelope
    from meshes.pathology.engine import context, warp_of
    from meshes.pathology.nucleus import shape_nucleus

    ctx = context(model)
    nuc = shape_nucleus(ctx, warp_of(ctx, disc, state.disc(disc)))
    return ~_envelope(disc).contains(nuc)


def fragment_pixels(plotter, viewport, nucleus_id: str, mask: np.ndarray, threshold: int = 90) -> int:
    """Screen pixels where the fragment shows (at least ``threshold`` of 255 bright) in the view
    as it stands: same camera, same hidden and see-through parts."""
    from vtkmodules.util.numpy_support import numpy_to_vtk

    saved = []
    for actor in viewport.actors.values():
        prop, mapper = actor.GetProperty(), actor.GetMapper()
        saved.append((prop, prop.GetColor(), prop.GetAmbient(), prop.GetDiffuse(), prop.GetSpecular(),
                      prop.GetLighting(), mapper, mapper.GetScalarVisibility()))  # fmt: skip
        prop.SetColor(0.0, 0.0, 0.0)
        prop.SetLighting(False)
    others = [a for a in plotter.renderer.GetActors() if a not in set(viewport.actors.values())]
    was_visible = [(a, a.GetVisibility()) for a in others]
    for a in others:  # outlines, labels, overlays
        a.SetVisibility(False)
    mesh = viewport.meshes[nucleus_id]
    rgb = np.zeros((mesh.n_points, 3), np.uint8)
    rgb[mask] = 255
    arr = numpy_to_vtk(rgb, deep=True)
    arr.SetName("fragment_rgb")
    mesh.GetPointData().AddArray(arr)
    mapper = viewport.actors[nucleus_id].GetMapper()
    mapper.SetScalarModeToUsePointFieldData()
    mapper.SelectColorArray("fragment_rgb")
    mapper.SetColorModeToDirectScalars()
    mapper.ScalarVisibilityOn()
    renderer = plotter.renderer
    bg, grad = renderer.GetBackground(), renderer.GetGradientBackground()
    renderer.SetGradientBackground(False)
    renderer.SetBackground(0, 0, 0)
    try:
        plotter.render()
        img = np.asarray(plotter.screenshot(return_img=True))
    finally:
        mapper.ScalarVisibilityOff()
        mapper.SetScalarModeToDefault()
        mesh.GetPointData().RemoveArray("fragment_rgb")
        for prop, colour, amb, dif, spe, lit, m, sv in saved:
            prop.SetColor(*colour)
            prop.SetAmbient(amb)
            prop.SetDiffuse(dif)
            prop.SetSpecular(spe)
            prop.SetLighting(lit)
            m.SetScalarVisibility(sv)
        for a, v in was_visible:
            a.SetVisibility(v)
        renderer.SetGradientBackground(grad)
        renderer.SetBackground(*bg)
        plotter.render()
    return int(np.sum(img[..., :3].min(axis=2) >= threshold))
