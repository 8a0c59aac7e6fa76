"""The words of a lumbar MRI report that the reader knows, as regular expressions: the disc
conditions the model can show (with their Fardon 2014 forms), where they point, which side, how
bad, and the findings it can only name. One table per question, longest phrases first.

Patterns are matched case-insensitively on the report's own text.
"""

from __future__ import annotations

import re

CONDITIONS: tuple[str, ...] = ("herniation", "bulge", "tear", "degeneration", "stenosis")
TYPES: tuple[str, ...] = ("protrusion", "extrusion", "sequestration")
DIRECTIONS: tuple[str, ...] = ("central", "paracentral", "foraminal", "far-lateral")
GRADES: tuple[str, ...] = ("mild", "moderate", "severe")

# A word naming a condition: (pattern, condition, herniation type or None).
CONDITION_WORDS: tuple[tuple[str, str, str | None], ...] = (
    (r"disc[\s-]+osteophyte[\s-]+complex(?:es)?", "bulge", None),
    (
        r"sequest(?:rat|er)(?:ion|ed)(?:\s+(?:disc\s+)?fragment)?|free(?:[\s-]+disc)?\s+fragment",
        "herniation",
        "sequestration",
    ),
    (
        r"extru(?:sion|sions|ded)|migrat(?:ed|ing|ion)\s+(?:disc\s+)?(?:fragment|material)",
        "herniation",
        "extrusion",
    ),
    (r"protru(?:sion|sions|ding)", "herniation", "protrusion"),
    (r"herniat(?:ion|ions|ed)|hnp|slipped\s+disc", "herniation", None),
    (r"bulg(?:e|es|ing)", "bulge", None),
    (
        r"annul(?:ar|us)\s+(?:fissur(?:e|es|ing)|tears?)|(?:radial|concentric)\s+fissures?"
        r"|high[\s-]+intensity\s+zones?|\bhiz\b|fissures?|tears?",
        "tear",
        None,
    ),
    (
        r"degenerative\s+dis[ck]\s+disease|\bddd\b|dis[ck]\s+degeneration|degenerat(?:ion|ive\s+changes?|ed)"
        r"|desiccat(?:ion|ed)|dehydrat(?:ion|ed)|(?:loss\s+of|decreased|reduced)\s+(?:the\s+)?(?:dis[ck]\s+)?"
        r"(?:height|signal)|(?:dis[ck](?:\s+space)?|intervertebral)\s+(?:height\s+)?(?:narrowing|loss)"
        r"|height\s+loss|black\s+dis[ck]|dark\s+dis[ck]|(?:is|are|appears?)\s+dark(?:\s+and\s+narrow(?:ed)?)?"
        r"|osteophytes?|spondylosis|pfirrmann",
        "degeneration",
        None,
    ),
    (r"stenos(?:is|es|ed)|stenotic|narrow(?:ing|ed)|encroach(?:ment|es|ing)|compromise", "stenosis", None),
)
# 'narrowing' is stenosis only where it names the canal, a recess or a foramen (else: disc height).
STENOSIS_PLACE = re.compile(
    r"\b(canal|thecal\s+sac|central|foramin(?:a|al)?|foramen|neuroforamin\w*|lateral\s+recess(?:es)?|subarticular)",
    re.IGNORECASE,
)

# Where a finding points (Fardon 2014 zones), longest first. (pattern, direction)
DIRECTION_WORDS: tuple[tuple[str, str], ...] = (
    (r"extra[\s-]?foraminal|far[\s-]+lateral|far\s+out", "far-lateral"),
    (
        r"lateral\s+recess(?:es)?|sub[\s-]?articular|para[\s-]?central|para[\s-]?median|postero[\s-]?lateral",
        "paracentral",
    ),
    (r"(?:intra|neuro)?[\s-]?foramin(?:al|a)|foramen|neural\s+exit|lateral", "foraminal"),
    (
        r"central(?:\s+canal)?|midline|median|canal|thecal\s+sac|diffuse|broad[\s-]+based|circumferential",
        "central",
    ),
)
SIDE_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"bilateral(?:ly)?|both\s+sides|(?:left|right)\s+(?:greater|more)\s+than\s+(?:left|right)"
        r"|(?:left|right)\s*>\s*(?:left|right)",
        "both",
    ),
    (r"left(?:[\s-]+sided)?", "left"),
    (r"right(?:[\s-]+sided)?", "right"),
)
# How bad; a pair joined by 'to' ("mild to moderate") takes the worse word.
GRADE_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"severe|severely|markedly|large|marked|significant|advanced|critical|high[\s-]+grade|extensive",
        "severe",
    ),
    (r"moderate|moderately|medium[\s-]+sized", "moderate"),
    (r"mild|mildly|minimal|minor|slight|small|tiny|subtle|trace|early", "mild"),
)
# Pfirrmann grades (I normal .. V collapsed) -> how worn the disc is; grade I is a healthy disc.
PFIRRMANN = re.compile(r"pfirrmann\s*(?:grade\s*|type\s*)?\(?\s*(v|iv|iii|ii|i|[1-5])\b", re.IGNORECASE)
PFIRRMANN_GRADE: dict[str, str | None] = {"1": None, "2": "mild", "3": "mild", "4": "moderate", "5": "severe"}
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}

# A nerve root named in the text: "the traversing right S1 nerve root", "bilateral L5 roots".
ROOT_PHRASE = re.compile(
    r"(?:(left|right|bilateral)\s+)?(?:(traversing|descending|exiting|existing)\s+)?(?:(left|right|bilateral)\s+)?"
    r"(?:(L[1-5]|S1)(?:\s*(?:,|and|/)\s*(L[1-5]|S1))?\s+)?(?:nerve\s+)?root(?:s|lets?)?\b",
    re.IGNORECASE,
)

# Findings the model cannot show: (pattern, the name shown). Checked before the conditions, so
# "facet arthropathy" or "post-operative disc" is named rather than misread.
UNSUPPORTED_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"(?:antero|retro|spondylo)?listhesis|(?:forward|backward)\s+slip(?:page)?",
        "spondylolisthesis (a slipped vertebra)",
    ),
    (
        r"spondylolys[ie]s|pars\s+(?:interarticularis\s+)?(?:defects?|fractures?|break)",
        "spondylolysis (a pars defect)",
    ),
    (
        r"modic(?:\s+type\s*[123i]+)?(?:\s+(?:end[\s-]?plate\s+)?changes?)?|end[\s-]?plate\s+(?:marrow\s+)?"
        r"(?:o?edema|signal\s+changes?|changes?|sclerosis)",
        "Modic (endplate) changes",
    ),
    (
        r"facet\s+(?:joint\s+)?(?:arthropath\w*|hypertroph\w*|arthros[ie]s|osteoarthritis|arthritis|degeneration"
        r"|effusions?|disease)|(?:osteo)?arthrit\w+\s+of\s+the\s+facets?"
        r"|facet(?:\s+joints?)?(?=\s+and\s+ligament\w*\s+flavum\s+(?:hypertroph|thicken))",
        "facet joint arthritis (facet arthropathy)",
    ),
    (r"synovial\s+cysts?|juxta[\s-]?articular\s+cysts?", "synovial cyst"),
    (r"tarlov\s+cysts?|perineural\s+cysts?", "Tarlov (perineural) cyst"),
    (r"ha?emangiomas?", "haemangioma (a harmless blood-vessel spot in the bone)"),
    (r"(?:compression\s+)?fractures?|compression\s+deformit(?:y|ies)|wedge\s+deformit(?:y|ies)", "fracture"),
    (
        r"tumou?rs?|neoplas\w+|metasta\w+|malignan\w+|(?:soft[\s-]+tissue\s+)?mass(?:es)?(?!\s+effect)|enhancing\s+lesions?"
        r"|marrow[\s-]+replacing\s+lesions?",
        "tumour or mass",
    ),
    (
        r"post[\s-]?(?:operative|surgical)|laminectom\w+|laminotom\w+|(?:micro)?discectom\w+|fusion|hardware"
        r"|pedicle\s+screws?|interbody\s+(?:cage|spacer|graft)s?|surgical\s+(?:change|bed)s?",
        "post-operative change",
    ),
    (r"(?:levo|dextro)?scolio\w+|lateral\s+curvature", "scoliosis (a sideways curve)"),
    (r"schmorl'?s?\s+nod(?:e|es|ules?)", "Schmorl's node"),
    (
        r"ligament(?:um)?\s+flavum\s+(?:hypertroph\w*|thicken\w*|buckling)|(?:hypertroph\w*|thicken\w*|buckling)"
        r"\s+(?:of\s+)?(?:the\s+)?ligament(?:um)?\s+flavum",
        "ligamentum flavum thickening",
    ),
    (
        r"transitional\s+(?:vertebra|segment|anatomy)|lumbari[sz]ation|sacrali[sz]ation",
        "transitional vertebra",
    ),
    (r"epidural\s+lipomatosis", "epidural lipomatosis"),
    (r"arachnoiditis", "arachnoiditis"),
    (r"discitis|osteomyelitis|infection|abscess", "infection"),
    (r"(?:other\s+)?cysts?", "cyst"),
    (
        r"(?:loss|straightening|reversal)\s+of\s+(?:the\s+)?(?:normal\s+)?(?:lumbar\s+)?lordosis|kyphosis",
        "a change of the spine's curve (lordosis)",
    ),
    (r"(?:bone\s+)?(?:marrow\s+)?o?edema|bone\s+bruise", "bone marrow oedema"),
)


def alternation(words: tuple[tuple, ...]) -> re.Pattern:
    """One pattern of whole-word alternatives; group i+1 is the i-th entry."""
    return re.compile(
        "|".join(rf"(?<![\w-])({w[0]})(?![\w])" for w in words),
        re.IGNORECASE,
    )


CONDITION_PATTERN = alternation(CONDITION_WORDS)
DIRECTION_PATTERN = alternation(DIRECTION_WORDS)
SIDE_PATTERN = alternation(SIDE_WORDS)
GRADE_PATTERN = alternation(GRADE_WORDS)
UNSUPPORTED_PATTERN = alternation(UNSUPPORTED_WORDS)

# Plain words and the standard term of each kind of finding (shown beside each other).
PLAIN: dict[str, tuple[str, str]] = {
    "protrusion": ("the disc pushes out a little at one spot", "protrusion"),
    "extrusion": ("disc gel has broken through the outer ring", "extrusion"),
    "sequestration": ("a piece of disc gel has broken off", "sequestration"),
    "herniation": ("part of the disc has pushed out", "herniation"),
    "bulge": ("the disc rim spreads out all round", "disc bulge"),
    "tear": ("a crack in the disc's outer ring", "annular fissure"),
    "degeneration": ("a worn, dried-out disc", "degeneration"),
    "stenosis": ("the space for the nerves is narrowed", "stenosis"),
}
