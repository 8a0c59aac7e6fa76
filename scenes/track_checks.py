"""The scene checks of animation tracks: each [[tracks]] block (parameter, easing, level) and its
keyframes (times inside the scene, increasing; values inside the parameter's range).
A mixin of the scene loader's checker (it uses its ``err``, ``fields``, ``tables``, ``choice``
and ``number``).
"""

from __future__ import annotations

import math

from meshes.dimensions import DISC_LEVELS
from meshes.state import NUMERIC_RANGES
from scenes.checks import MISSING as _MISSING
from scenes.checks import fmt, kind
from scenes.schema import EASINGS, Track

TRACK_FIELDS = {
    "parameter": (True, 'parameter = "herniation"'),
    "keyframes": (True, "keyframes = [[0, 0.0], [10, 1.0]]"),
    "easing": (False, ""),
    "level": (False, ""),
}


class TrackChecks:
    """Tracks and keyframes (see the module docstring)."""

    def tracks(self, value, duration: float | None) -> tuple[Track, ...]:
        tables = self.tables(value, ("tracks",), "tracks")
        out: list[Track] = []
        seen: dict[tuple, int] = {}
        for i, t in enumerate(tables or []):
            path = ("tracks", i)
            where = f"track {i + 1}"
            self.fields(t, path, TRACK_FIELDS, where)
            param = self.choice(
                t.get("parameter", _MISSING),
                path + ("parameter",),
                f"{where} parameter",
                tuple(NUMERIC_RANGES),
            )
            easing = self.choice(t.get("easing", "linear"), path + ("easing",), f"{where} easing", EASINGS)
            level = self.choice(t.get("level", _MISSING), path + ("level",), f"{where} level", DISC_LEVELS)
            keys = self.keyframes(t.get("keyframes", _MISSING), path + ("keyframes",), where, param, duration)
            if param is not None:
                if (param, level) in seen:
                    on = f"at {level}" if level else "at the scene's level"
                    self.err(
                        path + ("parameter",),
                        f"{where} animates {param} {on} again (track "
                        f"{seen[param, level]} does already); merge their keyframes",
                    )
                seen[param, level] = i + 1
            if param and easing and keys:
                out.append(Track(param, tuple(k[0] for k in keys), tuple(k[1] for k in keys), easing, level))
        return tuple(out)

    def keyframes(self, value, path: tuple, where: str, param: str | None, duration: float | None):
        if value is _MISSING:
            return None
        name = f"{where} keyframes"
        if not isinstance(value, list) or not value:
            self.err(
                path, f"{name} must be a list of [time, value] pairs; write them like [[0, 0.0], [10, 1.0]]"
            )
            return None
        lo, hi = NUMERIC_RANGES.get(param, (-math.inf, math.inf))
        keys: list[tuple[float, float]] = []
        ok = True
        for j, pair in enumerate(value):
            kp = path + (j,)
            if not isinstance(pair, list) or len(pair) != 2:
                self.err(
                    kp,
                    f"{where} keyframe {j + 1} must be a [time, value] pair, not {kind(pair)}"
                    + (f" of {len(pair)}" if isinstance(pair, list) else "")
                    + "; write it like [10, 0.5]",
                )
                ok = False
                continue
            t = self.number(
                pair[0],
                kp + (0,),
                f"{where} keyframe {j + 1} time",
                0.0,
                duration if duration is not None else math.inf,
                " s (the scene's length)",
            )
            if param is not None:
                v = self.number(pair[1], kp + (1,), f"{where} keyframe {j + 1} {param} value", lo, hi)
            else:
                v = self.number(pair[1], kp + (1,), f"{where} keyframe {j + 1} value", -math.inf, math.inf)
            if t is None or v is None:
                ok = False
                continue
            if keys and t <= keys[-1][0]:
                if t == keys[-1][0]:
                    self.err(kp, f"{where} has two keyframes at {fmt(t)} s; each time may appear once")
                else:
                    self.err(
                        kp,
                        f"{where} keyframe times must increase: {fmt(t)} s comes after "
                        f"{fmt(keys[-1][0])} s; put the keyframes in time order",
                    )
                ok = False
                continue
            keys.append((t, v))
        return keys if ok else None
