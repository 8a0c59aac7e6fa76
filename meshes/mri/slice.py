"""One MRI slice of the model in a pathology state: the plane (an axial one follows its disc as
it settles or rocks), the lesions the state holds, the label map and the T2 picture."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from meshes.model import Model

from .plane import SlicePlane, SliceSpec, axial_plane, sagittal_plane
from .t2 import lookup, t2_image
from .tissues import Lesion, label_slice

Array = NDArray[np.float64]


@dataclass(frozen=True)
class MriSlice:
    """A slice: the T2 picture (0..1), the tissue labels it came from, where it lies and the
    state it shows."""

    spec: SliceSpec
    plane: SlicePlane
    labels: NDArray[np.uint8]
    image: NDArray[np.float32]
    state: object = None  # meshes.state.PathologyState


def _moved(model: Model, vertices: dict[str, Array], pid: str) -> Array:
    """How far a part moved as a whole from rest (its mean displacement, mm)."""
    return (vertices[pid] - model.parts[pid].vertices).mean(axis=0)


def plane_for(spec: SliceSpec, model: Model, vertices: dict[str, Array]) -> SlicePlane:
    """The slice's grid; an axial one lies in its disc's mid-plane as the disc is posed now."""
    if not spec.axial:
        return sagittal_plane(spec.offset)
    from meshes.pathology.frame import disc_frame

    frame = disc_frame(spec.disc)
    return axial_plane(frame.centre + _moved(model, vertices, f"annulus.{spec.disc}"), frame.R)


def lesions(model: Model, state, vertices: dict[str, Array]) -> tuple[Lesion, ...]:
    """Where each sick disc's nucleus leaves and how deep its fissure is, at the pose now."""
    from meshes.pathology.engine import context, warp_of
    from meshes.pathology.tongue import exit_at

    found = []
    for disc, ds in state.discs:
        if ds.is_healthy or (ds.fissure <= 0.0 and ds.herniation <= 0.0 and ds.leak <= 0.0):
            continue
        warp = warp_of(context(model), disc, ds)
        ex = exit_at(disc, warp.frame, warp.theta)
        shift = _moved(model, vertices, f"annulus.{disc}")
        # gel leaking into a tear stays in it (bright); a herniation's material is on its way out
        escaped = warp.tongue is not None and ds.herniation > 0.0
        found.append(Lesion(disc, ex.base + shift, ex.out, ex.wall, ds.fissure, escaped))
    return tuple(found)


def slice_mri(model: Model, state, spec: SliceSpec, vertices: dict[str, Array] | None = None) -> MriSlice:
    """The T2 slice `spec` of `model` posed in `state` (`vertices`: the pose, if already made)."""
    if vertices is None:
        from meshes.pathology import deform

        vertices = deform(model, state)
    plane = plane_for(spec, model, vertices)
    faces = {pid: p.faces for pid, p in model.parts.items()}
    labels = label_slice(faces, vertices, plane, lesions(model, state, vertices))
    dry = {d: ds.degeneration for d, ds in state.discs}
    torn = {d: ds.fissure for d, ds in state.discs}
    return MriSlice(spec, plane, labels, t2_image(labels, lookup(dry, torn)), state)
