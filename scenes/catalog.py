"""All the scenes in a folder (by default the packaged presets): the good ones, and one error
list for the bad ones. A bad file never stops the others loading and nothing here raises."""

from __future__ import annotations

from pathlib import Path

from scenes.language import localize
from scenes.loader import SceneError, load_scene, read_scene
from scenes.schema import Scene

PRESETS_DIR = Path(__file__).resolve().parent / "presets"


Folders = str | Path | list[str | Path] | tuple[str | Path, ...] | None


def _folders(dir: Folders) -> list[Path]:
    if dir is None:
        return [PRESETS_DIR]
    if isinstance(dir, str | Path):
        return [Path(dir)]
    return [Path(d) for d in dir]


def with_presets(extra: str | Path | None) -> list[Path]:
    """The presets, then a teacher's own folder (its scenes replace presets of the same id)."""
    return [PRESETS_DIR] + ([Path(extra)] if extra is not None else [])


def load_catalog(dir: Folders = None) -> tuple[list[Scene], list[SceneError]]:
    """Every `*.toml` scene in `dir` (default: the presets; a list: each folder in turn, a later
    scene replacing an earlier one of the same id), in teaching order: by each scene's `order`
    key, then by title (scenes without an order last)."""
    found: dict[str, Scene] = {}
    errors: list[SceneError] = []
    for folder in _folders(dir):
        if not folder.is_dir():
            what = "does not exist" if not folder.exists() else "is not a folder"
            errors.append(SceneError(folder, 0, f"{what}; give a folder that holds scene .toml files"))
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                scene, problems = read_scene(path)
            except Exception as e:  # a loader bug must not hide the other scenes
                problem = SceneError(path, 0, f"could not be loaded ({type(e).__name__}: {e})")
                scene, problems = None, [problem]
            if scene is not None:
                scene, untranslated = localize(scene)
                problems = problems + untranslated
                found[scene.id] = scene
            errors.extend(problems)
    return sorted(found.values(), key=lambda s: (s.order, s.title.casefold(), s.id)), errors


def scene_ids(dir: Folders = None) -> list[str]:
    """The ids (file stems) of the scene files in `dir`, without loading them."""
    return sorted({p.stem for folder in _folders(dir) if folder.is_dir() for p in folder.glob("*.toml")})


def find_scene(
    scene_id: str, dir: Folders = None, level: str | None = None, side: str | None = None
) -> Scene:
    """Load one scene by id, e.g. for `--scene herniated_disc`, optionally at another level/side;
    with several folders the last that has the id wins.

    Raises SceneError when the file is bad, ValueError (one sentence) when there is no such id.
    """
    folders = _folders(dir)
    paths = [f / f"{scene_id}.toml" for f in reversed(folders)]
    path = next((p for p in paths if p.is_file()), None)
    if path is None:
        known = ", ".join(scene_ids(folders)) or "none"
        raise ValueError(f"there is no scene '{scene_id}'; scenes are: {known}")
    scene, problems = localize(load_scene(path, level=level, side=side))
    if problems:
        raise problems[0]
    return scene
