"""All the scenes in a folder (by default the packaged presets): the good ones, and one error
list for the bad ones. A bad file never stops the others loading and nothing here raises."""

from __future__ import annotations

from pathlib import Path

from scenes.loader import SceneError, load_scene, read_scene
from scenes.schema import Scene

PRESETS_DIR = Path(__file__).resolve().parent / "presets"


def load_catalog(dir: str | Path | None = None) -> tuple[list[Scene], list[SceneError]]:
    """Every `*.toml` scene in `dir` (default: the presets), sorted by file name."""
    folder = Path(dir) if dir is not None else PRESETS_DIR
    if not folder.is_dir():
        what = "does not exist" if not folder.exists() else "is not a folder"
        return [], [SceneError(folder, 0, f"{what}; give a folder that holds scene .toml files")]
    scenes: list[Scene] = []
    errors: list[SceneError] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            scene, problems = read_scene(path)
        except Exception as e:  # a loader bug must not hide the other scenes
            scene, problems = None, [SceneError(path, 0, f"could not be loaded ({type(e).__name__}: {e})")]
        errors.extend(problems)
        if scene is not None:
            scenes.append(scene)
    return scenes, errors


def scene_ids(dir: str | Path | None = None) -> list[str]:
    """The ids (file stems) of the scene files in `dir`, without loading them."""
    folder = Path(dir) if dir is not None else PRESETS_DIR
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def find_scene(
    scene_id: str, dir: str | Path | None = None, level: str | None = None, side: str | None = None
) -> Scene:
    """Load one scene by id, e.g. for `--scene herniated_disc`, optionally at another level/side.

    Raises SceneError when the file is bad, ValueError (one sentence) when there is no such id.
    """
    folder = Path(dir) if dir is not None else PRESETS_DIR
    path = folder / f"{scene_id}.toml"
    if not path.is_file():
        known = ", ".join(scene_ids(folder)) or "none"
        raise ValueError(f"there is no scene '{scene_id}'; scenes are: {known}")
    return load_scene(path, level=level, side=side)
