"""The parts' names and descriptions (meshes.parts) in the chosen language. The table in meshes is
English and generated per level and side; here each kind of part has one name and one description
template, translated like every other text of the window (app.i18n), so a language needs eight
names and eight descriptions, not fifty of each.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, SIDES, current_language, translate
from meshes.dimensions import LEVELS
from meshes.parts import PARTS

# kind -> (name, description); fields: {level}, {root}, {side} ('left' words), {Side}, {opening}
TEMPLATES: dict[str, tuple[str, str]] = {
    "vertebra": (
        QT_TRANSLATE_NOOP("parts", "{level} vertebra"),
        QT_TRANSLATE_NOOP(
            "parts",
            "The {level} bone: a thick body in front carries weight, a ring of bone behind it guards "
            "the nerves.",
        ),
    ),
    "sacrum": (
        QT_TRANSLATE_NOOP("parts", "Sacrum"),
        QT_TRANSLATE_NOOP(
            "parts",
            "The wedge of fused bones at the base of the spine; its top (S1) carries the lowest disc.",
        ),
    ),
    "annulus": (
        QT_TRANSLATE_NOOP("parts", "{level} disc, outer ring (annulus fibrosus)"),
        QT_TRANSLATE_NOOP(
            "parts", "The tough outer ring of the disc, built of many layers of criss-crossed fibres."
        ),
    ),
    "nucleus": (
        QT_TRANSLATE_NOOP("parts", "{level} disc, gel core (nucleus pulposus)"),
        QT_TRANSLATE_NOOP(
            "parts", "The soft, water-rich gel in the middle of the disc that spreads load like a cushion."
        ),
    ),
    "dura": (
        QT_TRANSLATE_NOOP("parts", "Dural sac"),
        QT_TRANSLATE_NOOP(
            "parts", "The fluid-filled sleeve inside the spinal canal that holds the bundle of nerve roots."
        ),
    ),
    "root": (
        QT_TRANSLATE_NOOP("parts", "{Side} {root} nerve root"),
        QT_TRANSLATE_NOOP("parts", "The {root} nerve on the {side}: it leaves the spine through {opening}."),
    ),
    "flavum": (
        QT_TRANSLATE_NOOP("parts", "{level} ligamentum flavum"),
        QT_TRANSLATE_NOOP(
            "parts",
            "An elastic yellow ligament joining the bony arches behind the nerves; it thickens with age.",
        ),
    ),
    "facet": (
        QT_TRANSLATE_NOOP("parts", "{Side} {level} facet joint"),
        QT_TRANSLATE_NOOP(
            "parts",
            "A small sliding joint at the back of the spine, lined with cartilage, that guides and "
            "limits motion.",
        ),
    ),
}


def _fields(part_id: str) -> dict[str, str]:
    bits = part_id.split(".")
    info = PARTS[part_id]
    side = bits[-1] if bits[-1] in SIDES else "left"
    side_word = translate("sides", SIDES[side])
    root = bits[1] if bits[0] == "root" else ""
    if root == "S1":
        opening = translate("parts", "the first sacral opening")
    elif root in LEVELS:
        below = "S1" if root == LEVELS[-1] else LEVELS[LEVELS.index(root) + 1]
        opening = translate("parts", "the {upper}-{lower} opening").format(upper=root, lower=below)
    else:
        opening = translate("parts", "an opening in the front of the sacrum")
    return {
        "level": info.level or "",
        "root": root,
        "side": side_word,
        "Side": side_word[:1].upper() + side_word[1:],
        "opening": opening,
    }


def part_name(part_id: str) -> str:
    """The part's name in the current language (the table's own in English)."""
    info = PARTS.get(part_id)
    if info is None or current_language() == "en" or part_id.split(".")[0] not in TEMPLATES:
        return info.name if info else part_id
    return translate("parts", TEMPLATES[part_id.split(".")[0]][0]).format(**_fields(part_id))


def part_description(part_id: str) -> str:
    """The part's one-line description in the current language (the table's own in English)."""
    info = PARTS.get(part_id)
    if info is None or current_language() == "en" or part_id.split(".")[0] not in TEMPLATES:
        return info.description if info else ""
    return translate("parts", TEMPLATES[part_id.split(".")[0]][1]).format(**_fields(part_id))
