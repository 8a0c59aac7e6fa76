"""The language of the scene texts, glossary and body-map words: plain file selection by a code.

English is written in the files themselves; a translation sits beside them (scenes/README.md,
"Translating the texts"): ``presets/es/<id>.toml`` (titles and summary) with ``presets/es/<id>.md``
(the step texts), ``glossary.es.toml``, ``symptoms.es.toml`` and ``words.es.toml`` (the words the
placeholders fill in). A missing translation falls back to English; a translation that lacks a
step of the English scene is a SceneError, so it is never shown half-done.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import cache
from pathlib import Path

from scenes.schema import (
    DISCLAIMER,
    ROOT_AREAS,
    ROOT_MUSCLES,
    TEXT_PLACEHOLDER_PATTERN,
    TEXT_PLACEHOLDERS,
    Scene,
    SceneError,
)
from scenes.textfile import heading_key, read_step_text, read_text

SOURCE = "en"
HERE = Path(__file__).resolve().parent
_current = [SOURCE]


def set_language(code: str) -> None:
    """Choose the language of the texts read from now on ('en', 'es', ...)."""
    _current[0] = code


def current_language() -> str:
    return _current[0]


def localized_file(path: Path, lang: str | None = None) -> Path:
    """``glossary.toml`` -> ``glossary.es.toml`` when that exists for the language, else ``path``."""
    lang = lang or current_language()
    if lang == SOURCE:
        return path
    other = path.with_name(f"{path.stem}.{lang}{path.suffix}")
    return other if other.is_file() else path


@cache
def words(lang: str) -> dict[str, dict[str, str]]:
    """The placeholder words of a language: {'sides': {...}, 'areas': {root: ...}, 'muscles': {...}}."""
    english = {
        "sides": {"left": "left", "right": "right"},
        "areas": ROOT_AREAS,
        "muscles": ROOT_MUSCLES,
        "texts": {"disclaimer": DISCLAIMER},
        "phrases": {},  # scenes.symptoms' sentences, by key; the English is written in the code
    }
    path = localized_file(HERE / "words.toml", lang)
    if lang == SOURCE or not path.name.endswith(f".{lang}.toml"):
        return english
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {k: {**v, **data.get(k, {})} for k, v in english.items()}


def disclaimer(lang: str | None = None) -> str:
    """scenes.schema.DISCLAIMER in ``lang`` (default: the current language)."""
    return words(lang or current_language()).get("texts", {}).get("disclaimer", DISCLAIMER)


def localize_words(text_words: dict[str, str], lang: str) -> dict[str, str]:
    """The placeholder values of ``scenes.schema.level_words`` for texts in ``lang``: the side and
    where a root is felt and what it moves in that language (levels and roots stay as they are)."""
    if lang == SOURCE:
        return text_words
    w = words(lang)
    out = dict(text_words)
    for key in ("side", "other_side"):
        out[key] = w["sides"][text_words[key]]
    for r in ("exiting_root", "traversing_root", "affected_root"):
        out[f"{r}_area"] = w["areas"][text_words[r]]
        out[f"{r}_muscle"] = w["muscles"][text_words[r]]
    return out


def localize(scene: Scene, lang: str | None = None) -> tuple[Scene, list[SceneError]]:
    """``scene`` with the titles and texts of its translation beside it, if there is one; with the
    English scene and the errors if the translation is bad."""
    lang = lang or current_language()
    if lang == SOURCE or not scene.file:
        return scene, []
    folder = Path(scene.file).parent / lang
    toml, md = folder / f"{scene.id}.toml", folder / f"{scene.id}.md"
    if not toml.is_file():
        return scene, []
    text, error = read_text(toml)
    if error:
        return scene, [error]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return scene, [SceneError(toml, getattr(e, "lineno", 0), f"is not valid TOML ({e})")]
    titles = data.get("steps", [])
    problems = [
        SceneError(toml, 0, f"needs a text '{k}'; a translation has title, summary and steps")
        for k in ("title", "summary")
        if not isinstance(data.get(k), str) or not data[k].strip()
    ]
    if not isinstance(titles, list) or len(titles) != len(scene.steps):
        n = len(titles) if isinstance(titles, list) else 0
        problems.append(
            SceneError(toml, 0, f"lists {n} step titles; the English scene has {len(scene.steps)}, one each")
        )
    if problems:
        return scene, problems
    step_text, errors = read_step_text(md)
    if step_text is None or errors:
        return scene, errors
    steps = []
    for step, title in zip(scene.steps, titles, strict=True):
        section = step_text.sections.get(heading_key(str(title)))
        if section is None:
            problems.append(SceneError(md, 0, f"has no section '## {title}'; each step needs one"))
            continue
        steps.append(replace(step, title=str(title), text=section.text))
    for where in (data["title"], data["summary"], *titles, step_text.source):
        found = TEXT_PLACEHOLDER_PATTERN.finditer(str(where))
        bad = [m.group(0) for m in found if m.group(1) not in TEXT_PLACEHOLDERS]
        if bad:
            problems.append(SceneError(md, step_text.line_of(bad[0]), f"'{bad[0]}' is not a placeholder"))
    questions = _localize_questions(scene, data.get("questions"), toml, problems)
    if problems:
        return scene, problems
    return replace(
        scene,
        questions=questions,
        title=data["title"],
        summary=data["summary"],
        steps=tuple(steps),
        intro=step_text.intro,
        text_file=str(md),
        lang=lang,
    ), []


def _localize_questions(scene: Scene, value, toml: Path, problems: list[SceneError]) -> tuple:
    """The scene's quiz with the words of the translation's ``[[questions]]``: one per English
    question, in the same order, with its prompt and why (where the English has them) and, for a
    choice, its options in the same order as the English ones, so the answer is the option in the
    same place; a click may name its answer (``answer_words``). The parts, steps and answers stay
    the English file's. Mistakes are added to ``problems``."""
    english = scene.questions
    if not english:
        return english
    tables = value if isinstance(value, list) and all(isinstance(t, dict) for t in value) else []
    if len(tables) != len(english):
        problems.append(
            SceneError(
                toml, 0, f"lists {len(tables)} questions; the English scene has {len(english)}, one each"
            )
        )
        return english
    out = []
    for i, (en, es) in enumerate(zip(english, tables, strict=True), 1):
        for key in ("prompt", "why", "answer_words"):
            if key in es and not (isinstance(es[key], str) and es[key].strip()):
                problems.append(SceneError(toml, 0, f"question {i}: '{key}' must be a text"))
        lacking = [k for k in ("prompt", "why") if getattr(en, k) and not es.get(k)]
        if lacking:
            problems.append(SceneError(toml, 0, f"question {i} needs a '{lacking[0]}' like the English one"))
            continue
        options = es.get("options", [])
        if en.kind == "choice" and (
            not isinstance(options, list)
            or len(options) != len(en.options)
            or len(set(map(str, options))) != len(options)
        ):
            problems.append(
                SceneError(
                    toml, 0, f"question {i} needs {len(en.options)} different options, in the English order"
                )
            )
            continue
        words_of = {k: str(es[k]) for k in ("prompt", "why", "answer_words") if isinstance(es.get(k), str)}
        if en.kind == "choice":
            options = tuple(str(o) for o in options)
            words_of.update(options=options, answer=options[en.options.index(en.answer)])
        found = [m for t in (*words_of.values(), *options) for m in TEXT_PLACEHOLDER_PATTERN.finditer(str(t))]
        bad = [m.group(0) for m in found if m.group(1) not in TEXT_PLACEHOLDERS]
        if bad:
            problems.append(SceneError(toml, 0, f"question {i}: '{bad[0]}' is not a placeholder"))
            continue
        out.append(replace(en, **words_of))
    return tuple(out)
