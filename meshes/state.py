"""The pathology state where scenes and the app look for it. It is built from the failure modes'
declarations in ``meshes.pathology`` (see ``meshes.pathology.state``); the herniation stages are
the herniation mode's."""

from __future__ import annotations

from .pathology.modes.herniation import EXTRUSION_AT, PROTRUSION_AT, SEQUESTRATION_AT
from .pathology.state import (
    CHOICE_FIELDS,
    DIRECTIONS,
    HEALTHY,
    HERNIATION_SIDES,
    NUMERIC_FIELDS,
    NUMERIC_RANGES,
    DiscState,
    PathologyState,
)

__all__ = [
    "CHOICE_FIELDS",
    "DIRECTIONS",
    "EXTRUSION_AT",
    "HEALTHY",
    "HERNIATION_SIDES",
    "NUMERIC_FIELDS",
    "NUMERIC_RANGES",
    "PROTRUSION_AT",
    "SEQUESTRATION_AT",
    "DiscState",
    "PathologyState",
]
