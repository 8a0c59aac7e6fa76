"""Quizzes as scene data: the questions a scene file holds, the concrete questions put to a class
(placeholders filled in, "which root?" questions generated afresh from the root logic), checking
an answer and keeping the score. Plain data and a seeded ``random.Random``; no Qt.

Which root a disc catches follows the rule the whole program uses (``scenes.schema.level_words``:
near the middle the traversing root, out at the side the exiting root), so a generated question
and its answer always agree with the scenes, the symptom text and the measurements.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from meshes.dimensions import DISC_LEVELS, SIDES
from meshes.parts import PARTS
from meshes.pathology.state import DIRECTIONS
from scenes.language import localize_words, words
from scenes.schema import Scene, expand_text, level_words, resolve_part

KINDS: tuple[str, ...] = ("click", "choice", "root")
ANY = "any"
QUESTION_COUNT_RANGE = (1, 12)
OPTION_COUNT_RANGE = (2, 6)
PROMPT_MAX = 200
WHY_MAX = 240
# Plain words for where disc material goes (the side filled in), for generated questions. Other
# languages: the [phrases] quiz_dir_<direction> of scenes/words.<code>.toml (as every English text
# of a generated question: its key in _say below).
DIRECTION_WORDS: dict[str, str] = {
    "central": "pushes straight back into the middle of the spinal canal",
    "paracentral": "pushes back just off the middle, on the {side}",
    "foraminal": "pushes out to the {side}, into the side opening where a nerve leaves the spine",
    "far-lateral": "pushes far out to the {side}, beyond that side opening",
}


@dataclass(frozen=True)
class Question:
    """One ``[[questions]]`` block as written, placeholders kept (``line``: where it starts).

    click: ``answer`` is a part reference (id, group, pattern); choice: ``answer`` is the text of
    the right option; root: ``level``/``side``/``direction`` fix the case or are None (any).
    """

    kind: str
    prompt: str = ""
    why: str = ""
    answer: str = ""
    options: tuple[str, ...] = ()
    step: int = 0  # index of the scene step the model shows while the question is asked
    level: str | None = None  # root questions: a disc level or '{level}'; None: any
    side: str | None = None  # 'left', 'right', '{side}', '{other_side}'; None: any
    direction: str | None = None  # one of DIRECTIONS; None: any but central
    line: int = 0
    answer_words: str = ""  # click, in a translation: the answer in words (else the parts' names)


@dataclass(frozen=True)
class Asked:
    """A question as put to the class: words filled in, the right answer resolved."""

    kind: str  # click, choice or root
    prompt: str
    why: str
    answer_parts: frozenset[str] = frozenset()  # part ids a click may hit (click and root)
    options: tuple[str, ...] = ()  # choice and root (a root question may be answered either way)
    correct: int = -1  # index of the right option; -1 when there are no options
    step: int = 0
    answer_text: str = ""  # the right answer in words, for feedback and the answer key
    level: str = ""  # the disc level a root question is about
    direction: str = ""  # and where its disc material goes

    @property
    def clickable(self) -> bool:
        return bool(self.answer_parts)


def pinched_roots(level: str, side: str, direction: str) -> tuple[str, ...]:
    """The part ids of the root(s) disc material at ``level`` going ``direction`` catches: the
    traversing root near the middle (on both sides when central), the exiting root out at the side."""
    root = level_words(level, side, direction)["affected_root"]
    sides = SIDES if direction == "central" else (side,)
    return tuple(f"root.{root}.{s}" for s in sides)


def _say(lang: str, key: str, english: str, **values) -> str:
    """A text of a generated question in ``lang``: the ``[phrases]`` template ``key`` of that
    language's words file, else ``english``; filled in with ``values``."""
    return words(lang)["phrases"].get(key, english).format(**values)


def root_question(
    level: str, side: str, direction: str, rng: random.Random, step: int = 0, lang: str = "en"
) -> Asked:
    """A fresh "which root?" question for one case, with four options in a random order, in the
    language ``lang`` (the parts and the right answer are the same in every language)."""
    words = level_words(level, side, direction)
    upper, lower, other = words["upper"], words["lower"], words["other_side"]
    side_w, other_w = (words_of_side(lang, s) for s in (side, other))
    where = _say(lang, f"quiz_dir_{direction}", DIRECTION_WORDS[direction], side=side_w)
    right = pinched_roots(level, side, direction)
    root = words["affected_root"]

    def one(s: str, r: str) -> str:
        return _say(lang, "quiz_root_one", "the {side} {root} root", side=s, root=r)

    def both(r: str) -> str:
        return _say(lang, "quiz_root_both", "both {root} roots", root=r)

    if direction == "central":
        answer = both(root)
        only = _say(lang, "quiz_root_only", "the {side} {root} root only", side=side_w, root=upper)
        wrong = [both(upper), only, _next_root_words(lower, None, both, one)]
    else:
        answer = one(side_w, root)
        wrong = [
            one(side_w, lower if root == upper else upper),
            one(other_w, root),
            _next_root_words(lower, side_w, both, one),
        ]
    options = [answer, *wrong]
    rng.shuffle(options)
    if root == lower:
        why = _say(
            lang,
            "quiz_why_traversing",
            "Near the middle the disc meets the {lower} root, which runs down past it to leave one "
            "level lower; the {upper} root has already turned out to the side above the disc.",
            lower=lower,
            upper=upper,
        )
    else:
        why = _say(
            lang,
            "quiz_why_exiting",
            "Out at the side the disc reaches the {upper} root just where it leaves the spine under "
            "the {upper} bone; the {lower} root still runs further in, near the middle.",
            lower=lower,
            upper=upper,
        )
    prompt = _say(
        lang, "quiz_root_prompt", "Disc material at {level} {where}. Which nerve root is pinched?",
        level=level, where=where,
    )  # fmt: skip
    return Asked(
        "root",
        prompt,
        why,
        frozenset(right),
        tuple(options),
        options.index(answer),
        step,
        answer,
        level,
        direction,
    )


def words_of_side(lang: str, side: str) -> str:
    """'left' / 'right' in ``lang``."""
    return words(lang)["sides"].get(side, side)


def _next_root_words(lower: str, side: str | None, both, one) -> str:
    """A wrong answer one root further down (or up from S1), in the same words as the others
    (``side`` None: both sides)."""
    roots = [p.split(".")[1] for p in PARTS if p.startswith("root.") and p.endswith(".left")]
    i = roots.index(lower)
    other = roots[i + 1] if i + 1 < len(roots) and roots[i + 1] != "S2" else roots[i - 2]
    return both(other) if side is None else one(side, other)


def ask(scene: Scene, rng: random.Random | None = None) -> tuple[Asked, ...]:
    """The scene's questions for one run, at the scene's level and side (root questions fresh
    from ``rng``: seed it for a repeatable worksheet, leave it out for a new one each time)."""
    rng = rng if rng is not None else random.Random()
    words = level_words(scene.level, scene.side, scene.condition.direction)
    return tuple(_ask(q, words, rng, scene.lang) for q in scene.questions)


def _ask(q: Question, words: dict[str, str], rng: random.Random, lang: str = "en") -> Asked:
    """``words`` name the parts (English, as the part ids are); the texts are filled in with
    those words in ``lang``."""
    said = localize_words(words, lang)
    if q.kind == "root":
        level = _pick(q.level, words, DISC_LEVELS, rng)
        side = _pick(q.side, words, SIDES, rng)
        direction = q.direction or rng.choice([d for d in DIRECTIONS if d != "central"])
        asked = root_question(level, side, direction, rng, q.step, lang)
        if q.prompt:  # the file's own words replace the generated ones
            prompt = expand_text(q.prompt, localize_words(level_words(level, side, direction), lang))
            asked = Asked(**{**asked.__dict__, "prompt": prompt})
        if q.why:
            asked = Asked(**{**asked.__dict__, "why": expand_text(q.why, said)})
        return asked
    prompt, why = expand_text(q.prompt, said), expand_text(q.why, said)
    if q.kind == "click":
        parts = frozenset(resolve_part(q.answer, words))
        names = sorted(PARTS[p].name for p in parts if p in PARTS)
        text = names[0] if len(names) == 1 else _group_words(q.answer, words, names)
        if q.answer_words:  # a translation names the answer in its own words
            text = expand_text(q.answer_words, said)
        return Asked("click", prompt, why, parts, step=q.step, answer_text=text)
    options = tuple(expand_text(o, said) for o in q.options)
    right = expand_text(q.answer, said)
    return Asked("choice", prompt, why, options=options, correct=options.index(right), step=q.step,
                 answer_text=right)  # fmt: skip


def _group_words(ref: str, words: dict[str, str], names: list[str]) -> str:
    """How a many-part answer is named in the key: 'any disc' for a group, else the names."""
    name = expand_text(ref, words) if "{" in ref else ref
    if name in ("bone", "disc", "nerve", "ligament", "joint"):
        return f"any {name}"
    return " or ".join(names) if len(names) <= 3 else f"any of {len(names)} parts ({name})"


def _pick(value: str | None, words: dict[str, str], choices, rng: random.Random) -> str:
    if value is None or value == ANY:
        return rng.choice(list(choices))
    return expand_text(value, words)


def is_right(asked: Asked, part: str | None = None, option: int | None = None) -> bool:
    """Whether a click on ``part`` or the choice of option ``option`` (0-based) answers it."""
    if part is not None:
        return part in asked.answer_parts
    if option is not None:
        return option == asked.correct
    return False


@dataclass
class QuizRun:
    """One pass through a scene's questions: where the class is, what was answered, the score."""

    questions: tuple[Asked, ...]
    index: int = 0
    answers: dict[int, bool] = field(default_factory=dict)  # question index -> right?
    revealed: set[int] = field(default_factory=set)

    @property
    def current(self) -> Asked | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    def answer(self, part: str | None = None, option: int | None = None) -> bool | None:
        """Record the first answer to the current question; None when it was answered already."""
        q = self.current
        if q is None or self.index in self.answers or self.index in self.revealed:
            return None
        right = is_right(q, part, option)
        self.answers[self.index] = right
        self.revealed.add(self.index)
        return right

    def reveal(self) -> None:
        """Show the answer without one given (it then counts as not right)."""
        if self.current is not None:
            self.revealed.add(self.index)

    def next(self) -> None:
        if not self.finished:
            self.index += 1

    def previous(self) -> None:
        self.index = max(0, self.index - 1)

    @property
    def score(self) -> int:
        return sum(1 for right in self.answers.values() if right)

    @property
    def total(self) -> int:
        return len(self.questions)
