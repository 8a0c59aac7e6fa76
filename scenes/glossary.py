"""The glossary of medical words in the scene texts: find them in a text, and give the text
back with a tooltip on each (`<span title="...">`), as Markdown for Qt's `setMarkdown` or as
HTML. The terms live in `scenes/glossary.toml`, so an educator edits them without Python."""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scenes.language import localized_file

GLOSSARY_FILE = Path(__file__).resolve().parent / "glossary.toml"


@dataclass(frozen=True)
class Term:
    name: str
    plain: str  # one line in plain words
    forms: tuple[str, ...] = ()  # other ways it is written (plurals in s/es match anyway)


@dataclass(frozen=True)
class TermMatch:
    start: int  # character offsets in the text searched
    end: int
    term: Term

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    pattern: re.Pattern  # every form of every term, longest first
    by_form: dict[str, Term]  # normalised form (lower case, single spaces) -> term

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def get(self, word: str) -> Term | None:
        """The term a word or phrase is a form of, also in the plural; None if it is not one."""
        key = _form_key(word)
        for k in (key, key[:-2] if key.endswith("es") else None, key[:-1] if key.endswith("s") else None):
            if k and k in self.by_form:
                return self.by_form[k]
        return None


def load_glossary(path: str | Path | None = None) -> Glossary:
    """The terms of a glossary file (default: the packaged one in the current language, read once)."""
    return _load(str(Path(path).resolve()) if path else str(localized_file(GLOSSARY_FILE)))


@cache
def _load(path: str) -> Glossary:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    terms = tuple(
        Term(t["name"], " ".join(t["plain"].split()), tuple(t.get("forms", ())))
        for t in data.get("terms", [])
    )
    by_form: dict[str, Term] = {}
    for term in terms:
        for form in (term.name, *term.forms):
            key = _form_key(form)
            if key in by_form:
                raise ValueError(
                    f"{path}: '{form}' is listed twice (in '{by_form[key].name}' and '{term.name}')"
                )
            by_form[key] = term
    forms = sorted(by_form, key=len, reverse=True)
    # A form matches as whole words, with an optional plural s/es; hyphens and spaces inside a
    # form match either, so "stem cell" also finds "stem-cell".
    alternatives = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f)) for f in forms)
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?:e?s)?(?![\w-])", re.IGNORECASE)
    return Glossary(terms, pattern, by_form)


def find_terms(text: str, glossary: Glossary | None = None) -> list[TermMatch]:
    """Every glossary term in `text`, in order, not overlapping (the longest form wins)."""
    g = glossary or load_glossary()
    out = []
    for m in g.pattern.finditer(text):
        term = g.get(m.group(0))
        if term is not None:
            out.append(TermMatch(m.start(), m.end(), term))
    return out


def annotate_markdown(text: str, glossary: Glossary | None = None, first_only: bool = True) -> str:
    """The Markdown `text` with each glossary term wrapped in `<span title="plain words">`
    (Qt's `QTextDocument.setMarkdown` keeps these as tooltips). By default only the first
    mention of each term gets one, so the text does not fill with underlines."""
    return _wrap(text, find_terms(text, glossary), first_only, escape=False)


def to_html(text: str, glossary: Glossary | None = None, first_only: bool = True) -> str:
    """A small Markdown subset (paragraphs, '- ' lists, '#' headings, **bold**, *italic*) as
    HTML, with glossary tooltips, for printouts and HTML exports."""
    blocks: list[str] = []
    seen: set[str] = set()
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        if all(ln.startswith(("- ", "* ")) for ln in lines):
            items = "".join(f"<li>{_inline(ln[2:], glossary, first_only, seen)}</li>" for ln in lines)
            blocks.append(f"<ul>{items}</ul>")
        elif m := re.match(r"^(#{1,6})\s+(.*)$", lines[0]):
            n = len(m.group(1))
            blocks.append(f"<h{n}>{_inline(m.group(2), glossary, first_only, seen)}</h{n}>")
            if lines[1:]:
                blocks.append(f"<p>{_inline(' '.join(lines[1:]), glossary, first_only, seen)}</p>")
        else:
            blocks.append(f"<p>{_inline(' '.join(lines), glossary, first_only, seen)}</p>")
    return "\n".join(blocks)


def _inline(text: str, glossary: Glossary | None, first_only: bool, seen: set[str]) -> str:
    out = _wrap(text, find_terms(text, glossary), first_only, escape=True, seen=seen)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", out)


def _wrap(
    text: str, matches: list[TermMatch], first_only: bool, escape: bool, seen: set[str] | None = None
) -> str:
    seen = set() if seen is None else seen
    esc = html.escape if escape else (lambda s: s)
    out: list[str] = []
    pos = 0
    for m in matches:
        if first_only and m.term.name in seen:
            continue
        seen.add(m.term.name)
        title = html.escape(m.term.plain, quote=True).replace("*", "&#42;")
        out.append(esc(text[pos : m.start]))
        out.append(f'<span class="term" title="{title}">{esc(m.text_in(text))}</span>')
        pos = m.end
    out.append(esc(text[pos:]))
    return "".join(out)


def _form_key(s: str) -> str:
    return " ".join(re.split(r"[\s-]+", s.casefold()))
