"""Disc failure as geometry: the pathology state, the failure modes that declare it (``modes/``,
one module each, independent of each other) and the engine that deforms the rest model for a
state. Imports numpy and the rest of ``meshes``, never Qt or VTK.

The engine's names are loaded on first use, so the modes can be found (and, in tests, added to)
before the state is built from them.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "deform": "engine",
    "deform_with_contacts": "engine",
    "context": "engine",
    "Context": "tables",
    "Contacts": "contacts",
    "CLEARANCE": "fields",
    "DiscFrame": "frame",
    "disc_frame": "frame",
    "mesh_volume": "frame",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
