"""The visit file: what was shown (a scene at a time, or a condition), the camera and the pen's
marks, as a small JSON file a physician saves after a consultation and opens again later.

    {"format": "lumbar-viewer visit", "version": 1,
     "showing": {"scene": "herniated_disc", "time": 37.9, "level": "L4-L5", "side": "left"},
     "camera": {"position": [...], "focal_point": [...], "view_up": [...]},
     "marks": [{"kind": "stroke", "colour": "#E0201B", "points": [[x, y, z], ...]}, ...]}

``showing`` may instead hold a condition (condition, level, side, direction, severity) or be empty
(the healthy spine). Reading checks every field and says in one sentence what is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.i18n import translate
from app.viewer.annotations import Mark, MarkError, mark_from_dict

FORMAT = "lumbar-viewer visit"
VERSION = 1
SUFFIX = ".visit.json"
MAX_BYTES = 20_000_000
CAMERA_KEYS = ("position", "focal_point", "view_up")
SHOWING_KEYS = {"scene", "time", "condition", "level", "side", "direction", "severity"}


@dataclass(frozen=True)
class Visit:
    showing: dict[str, Any] = field(default_factory=dict)
    camera: dict[str, tuple[float, float, float]] | None = None
    marks: tuple[Mark, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "showing": self.showing}
        if self.camera:
            out["camera"] = {k: [round(float(c), 4) for c in v] for k, v in self.camera.items()}
        out["marks"] = [m.as_dict() for m in self.marks]
        return out


def write_visit(visit: Visit, path: Path) -> None:
    """Write the visit whole or not at all (a failure is one UserError sentence)."""
    from app.outputs import atomic_path

    text = json.dumps(visit.as_dict(), indent=1)
    with atomic_path(path) as tmp:
        tmp.write_text(text + "\n", encoding="utf-8")


def _bad(path: Path, why: str) -> UserError:
    return UserError(
        translate("Visit", "{name} is not a visit file this program can open: {why}").format(
            name=path.name, why=why
        )
    )


def read_visit(path: Path) -> Visit:
    """Read and check a visit file; anything wrong is one UserError sentence."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _bad(path, f"it is larger than {MAX_BYTES // 1_000_000} MB")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(
            translate("Visit", "there is no file {path}; choose a visit file that exists").format(path=path)
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            f"could not read {path.name} ({exc.__class__.__name__}); choose another file"
        ) from None
    except json.JSONDecodeError as exc:
        raise _bad(path, f"line {exc.lineno} is not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad(path, f'its "format" must be "{FORMAT}"')
    if data.get("version") != VERSION:
        raise _bad(path, f"it has version {data.get('version')!r}; this program reads version {VERSION}")
    showing = data.get("showing", {})
    if not isinstance(showing, dict) or not set(showing) <= SHOWING_KEYS:
        raise _bad(path, f'"showing" may hold only {", ".join(sorted(SHOWING_KEYS))}')
    if "scene" in showing and "condition" in showing:
        raise _bad(path, '"showing" holds a scene or a condition, not both')
    camera = data.get("camera")
    if camera is not None:
        ok = isinstance(camera, dict) and set(camera) == set(CAMERA_KEYS)
        ok = ok and all(
            isinstance(v, list) and len(v) == 3 and all(isinstance(c, int | float) for c in v)
            for v in camera.values()
        )
        if not ok:
            raise _bad(path, f'"camera" needs {", ".join(CAMERA_KEYS)}, each three numbers')
        camera = {k: tuple(float(c) for c in v) for k, v in camera.items()}
    raw = data.get("marks", [])
    if not isinstance(raw, list):
        raise _bad(path, '"marks" must be a list')
    try:
        marks = tuple(mark_from_dict(m, f"mark {i + 1}") for i, m in enumerate(raw))
    except MarkError as exc:
        raise _bad(path, str(exc)) from None
    return Visit(showing, camera, marks)
