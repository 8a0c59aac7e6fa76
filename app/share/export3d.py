"""Write the model as a 3D file (glTF, STL, OBJ, PLY) with trimesh.

Coordinates stay as the model has them: millimetres, RAS axes (+x the patient's right,
+y anterior, +z superior; see DESIGN.md). In glTF every part is its own node named by its
part id (``vertebra.L4``, ``annulus.L4-L5``...) with its part-table colour; STL, OBJ and PLY
hold the parts merged into one mesh (OBJ and PLY keep the colours per vertex).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from meshes.parts import PARTS

if TYPE_CHECKING:
    import trimesh

    from meshes.model import Model

FORMATS: dict[str, str] = {".glb": "glb", ".gltf": "gltf", ".stl": "stl", ".obj": "obj", ".ply": "ply"}

METADATA = {
    "generator": "Lumbar Spine Viewer",
    "units": "mm",
    "axes": "RAS: +x patient's right, +y anterior, +z superior; origin at the S1 upper endplate centre",
    "notice": "Educational model, not medical advice.",
}


def _rgba(part_id: str) -> list[int]:
    colour = PARTS[part_id].colour if part_id in PARTS else "#CCCCCC"
    return [int(colour[i : i + 2], 16) for i in (1, 3, 5)] + [255]


def part_meshes(model: Model, materials: bool) -> dict[str, trimesh.Trimesh]:
    """One trimesh per part, vertices exactly as built (no merging, no reordering)."""
    import numpy as np
    import trimesh

    out: dict[str, trimesh.Trimesh] = {}
    for pid, part in model.parts.items():
        mesh = trimesh.Trimesh(vertices=part.vertices, faces=part.faces, process=False)
        rgba = _rgba(pid)
        if materials:
            material = trimesh.visual.material.PBRMaterial(
                name=pid,
                baseColorFactor=rgba,
                metallicFactor=0.0,
                roughnessFactor=0.6,
                doubleSided=False,
            )
            mesh.visual = trimesh.visual.TextureVisuals(material=material)
        else:
            mesh.visual = trimesh.visual.ColorVisuals(
                mesh, vertex_colors=np.tile(np.array(rgba, dtype=np.uint8), (len(part.vertices), 1))
            )
        out[pid] = mesh
    return out


def model_scene(model: Model) -> trimesh.Scene:
    """A trimesh Scene with one node per part, node and geometry named by the part id."""
    import trimesh

    scene = trimesh.Scene()
    for pid, mesh in part_meshes(model, materials=True).items():
        scene.add_geometry(mesh, node_name=pid, geom_name=pid)
    scene.metadata.update(METADATA)
    return scene


def export_bytes(model: Model, suffix: str) -> bytes:
    """The model encoded as the file format of ``suffix`` (one of FORMATS)."""
    import trimesh

    kind = FORMATS[suffix.lower()]
    if kind in ("glb", "gltf"):
        scene = model_scene(model)
        if kind == "glb":
            return scene.export(file_type="glb", include_normals=True)
        data = scene.export(file_type="gltf", include_normals=True, embed_buffers=True)
        return data if isinstance(data, bytes) else data["model.gltf"]
    merged = trimesh.util.concatenate(list(part_meshes(model, materials=False).values()))
    data = merged.export(file_type=kind)
    return data.encode() if isinstance(data, str) else data


def export_model(model: Model, path: Path) -> None:
    """Write ``model`` to ``path`` (format from the suffix); a failure leaves no file behind."""
    from app.outputs import atomic_path

    data = export_bytes(model, path.suffix)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
