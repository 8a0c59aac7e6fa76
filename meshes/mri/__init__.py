"""A synthetic T2-weighted MRI slice of the model as it is posed: the plane cuts each part's mesh,
the cuts become a tissue label map at 0.5 mm (`tissues`), and the labels T2 signal (`t2`). Only
one slice is ever made, so no volume is voxelised (a slice in tens of milliseconds)."""

from __future__ import annotations

from .plane import SPEC_FORMS, SlicePlane, SliceSpec, parse_spec
from .slice import MriSlice, lesions, plane_for, slice_mri

__all__ = [
    "SPEC_FORMS",
    "MriSlice",
    "SlicePlane",
    "SliceSpec",
    "lesions",
    "parse_spec",
    "plane_for",
    "slice_mri",
]
