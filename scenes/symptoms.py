"""From a pinched root to what a person feels: the symptom table (``symptoms.toml``) and the
plain-language sentences that name a pinched root and say why it is the one caught.

The table is content, so it lives in a TOML file an educator can edit; where each root is felt
and what it moves come from ``scenes.schema`` (ROOT_AREAS, ROOT_MUSCLES) so scene texts and the
symptom panel always agree. Which root is pressed, and how hard, is never decided here: the
caller passes what the deformed geometry reported (``meshes.measure`` or the engine's contacts).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from meshes.conditions import CONDITION_SPECS
from meshes.dimensions import DISC_LEVELS, FORAMEN_HEIGHT_NORMAL, ROOTS, disc_between
from scenes.language import current_language, localized_file, words
from scenes.schema import SceneError

SYMPTOMS_FILE = Path(__file__).resolve().parent / "symptoms.toml"
FIELDS = ("complaint", "feels", "weak", "muscle", "reflex")


@dataclass(frozen=True)
class RootSymptoms:
    """What a pinched root typically does, in plain words (anatomy.md, dermatome table)."""

    root: str
    area: str  # where it is felt (scenes.schema.ROOT_AREAS)
    moves: str  # what it moves (scenes.schema.ROOT_MUSCLES)
    complaint: str
    feels: str
    weak: str
    muscle: str  # the muscle's medical name
    reflex: str


@dataclass(frozen=True)
class Pinch:
    """One root that the geometry found pressed: by what, how deep (mm), how hard (0..1)."""

    root: str  # 'L1'..'S1'
    side: str  # 'left' or 'right'
    compression: float
    cause: str  # 'disc' (disc material, a bulge or a spur pushed it) or 'foramen' (its opening shrank)
    depth_mm: float = 0.0  # how far the root had to give way
    foramen_mm: float | None = None  # height of the opening it leaves by, when measured

    @property
    def key(self) -> str:
        return f"{self.root}.{self.side}"


def load_symptoms(path: str | Path | None = None) -> dict[str, RootSymptoms]:
    """Root -> RootSymptoms for every root L1..S1; a bad file raises SceneError(file, 0, why)."""
    lang = current_language()
    return dict(_load(str(Path(path).resolve()) if path else str(localized_file(SYMPTOMS_FILE)), lang))


@cache
def _load(path: str, lang: str = "en") -> tuple[tuple[str, RootSymptoms], ...]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise SceneError(path, 0, f"the symptom table cannot be read ({e})") from None
    roots = data.get("roots", {})
    area, moves = words(lang)["areas"], words(lang)["muscles"]
    out = []
    for root in ROOTS:
        entry = roots.get(root)
        if not isinstance(entry, dict):
            raise SceneError(
                path, 0, f"[roots.{root}] is missing; every root {ROOTS[0]} to {ROOTS[-1]} needs one"
            )
        for name in FIELDS:
            if not isinstance(entry.get(name), str) or not entry[name].strip():
                raise SceneError(
                    path, 0, f"[roots.{root}] needs a text '{name}'; the fields are {', '.join(FIELDS)}"
                )
        out.append((root, RootSymptoms(root, area[root], moves[root], **{k: entry[k] for k in FIELDS})))
    extra = set(roots) - set(ROOTS)
    if extra:
        raise SceneError(path, 0, f"unknown root [roots.{sorted(extra)[0]}]; roots are {', '.join(ROOTS)}")
    return tuple(out)


def root_role(root: str, level: str) -> str:
    """'exiting' (leaves the spine at this level: L4 at L4-L5), 'traversing' (runs past this disc to
    leave one level lower: L5 at L4-L5) or '' for a root of another level."""
    upper, lower = disc_between(level)
    if root == upper:
        return "exiting"
    if root == lower:
        return "traversing"
    return ""


def strength_words(compression: float) -> str:
    """How hard a root is pressed, in words (the number is the share of its thickness pushed)."""
    if compression >= 0.6:
        return "pressed hard"
    if compression >= 0.3:
        return "pressed"
    if compression > 0.0:
        return "touched"
    return "free"


def _say(key: str, english: str, **values) -> str:
    """A sentence of this module in the current language: the template ``[phrases] key`` of the
    language's words file (scenes/words.<code>.toml), else ``english``, filled in with ``values``."""
    return words(current_language())["phrases"].get(key, english).format(**values)


def _side(side: str) -> str:
    return words(current_language())["sides"][side]


def pinch_title(p: Pinch, level: str) -> str:
    """'Right L5 nerve root — traversing root at L4-L5 — pressed by disc material'."""
    role = root_role(p.root, level)
    where = _say(f"{role}_root_at", role + " root at {level}", level=level) if role else _other_level(p.root)
    by = (
        _say("by_disc", "pressed by disc material")
        if p.cause == "disc"
        else _say("by_foramen", "squeezed in its narrowed opening")
    )
    side = _side(p.side)
    return _say(
        "pinch_title", "{Side} {root} nerve root — {where} — {by}",
        Side=side.capitalize(), side=side, root=p.root, where=where, by=by,
    )  # fmt: skip


def _other_level(root: str) -> str:
    i = ROOTS.index(root)
    if root == "S1":
        return _say("leaves_sacrum", "leaves through the sacrum")
    return _say("leaves_at", "leaves at {level}", level=DISC_LEVELS[i])


def _direction_words(direction: str, side: str) -> str:
    english = {
        "central": "straight back, in the middle of the spinal canal",
        "paracentral": "backwards and a little to the {side}, just beside the middle",
        "foraminal": "out to the {side}, into the opening where a nerve leaves the spine",
        "far-lateral": "far out to the {side}, just outside the opening where a nerve leaves",
    }
    return _say(f"towards_{direction}", english.get(direction, "backwards"), side=_side(side))


def _exit_words(root: str) -> str:
    if root == "S1":
        return _say("exit_sacrum", "through the first opening in the sacrum")
    i = ROOTS.index(root)
    return _say("exit_under", "under the {root} bone, at {level}", root=root, level=DISC_LEVELS[i])


RULE = (
    "The usual pattern: disc material just beside the middle catches the root that runs past the "
    "disc (the traversing root); disc material out at the side catches the root that leaves at "
    "that level (the exiting root)."
)


def rule_text() -> str:
    """RULE in the current language."""
    return _say("rule", RULE)


def pinch_why(p: Pinch, level: str, condition: str, direction: str) -> str:
    """Why this root, in plain words, from what the geometry reported (one Markdown paragraph)."""
    upper, lower = disc_between(level)
    role = root_role(p.root, level)
    share = round(100 * min(p.compression, 1.0))
    amount = (
        _say("amount_pushed", "In the model it is pushed {mm} mm aside, about {share}% of its thickness.",
             mm=f"{p.depth_mm:.1f}", share=share)
        if p.depth_mm > 0
        else _say("amount", "In the model that presses about {share}% of its thickness.", share=share)
    )  # fmt: skip
    if p.cause == "foramen":
        fh = (
            ""
            if p.foramen_mm is None
            else _say(
                "foramen_height", " is only {mm} mm high (usually {lo} to {hi} mm) and",
                mm=f"{p.foramen_mm:.1f}", lo=f"{FORAMEN_HEIGHT_NORMAL[0]:.0f}",
                hi=f"{FORAMEN_HEIGHT_NORMAL[1]:.0f}",
            )
        )  # fmt: skip
        return _say(
            "foramen_why",
            "The disc between {upper} and {lower} has lost height, and bone spurs and a thicker ligament "
            "crowd the side opening (the foramen). The opening the {root} root leaves by{height} squeezes "
            "the root. {amount}",
            upper=upper, lower=lower, root=p.root, height=fh, amount=amount,
        )  # fmt: skip
    spec = CONDITION_SPECS.get(condition)
    what = _say(f"symptom_{condition}", spec.symptom if spec else "Disc material has pushed out")
    what = f"{what} {_direction_words(direction, p.side)}."
    if role == "traversing":
        why = _say(
            "why_traversing",
            "Just there the {root} root runs down behind the disc, on its way out one level lower "
            "({exit}), so it is caught. The {upper} root left higher up, out at the side, and stays clear.",
            root=p.root, exit=_exit_words(p.root), upper=upper,
        )  # fmt: skip
    elif role == "exiting":
        why = _say(
            "why_exiting",
            "Right there the {root} root leaves the spine through the side opening under the {upper} "
            "bone, so it is caught. The {lower} root runs further in, near the middle, and stays clear.",
            root=p.root, upper=upper, lower=lower,
        )  # fmt: skip
    else:
        why = _say(
            "why_other",
            "The {root} root runs close to this disc on its way out ({exit}), and the disc reaches it.",
            root=p.root, exit=_exit_words(p.root),
        )  # fmt: skip
    return f"{what} {why} {amount}"


def sac_only_text(level: str, dura_mm: float) -> str:
    """When the disc presses on the sac but on no root outside it."""
    return _say(
        "sac_only",
        "The disc at {level} presses on the dural sac, the tube that holds the nerve roots, by "
        "{mm} mm. No nerve root outside the sac is touched in the model.",
        level=level, mm=f"{dura_mm:.1f}",
    )  # fmt: skip
