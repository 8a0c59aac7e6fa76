"""Reading a scene's text files: UTF-8 with the line of a bad byte, and the Markdown file of
step texts split into its '## ' sections, each with the line of its heading."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scenes.schema import SceneError


@dataclass(frozen=True)
class Section:
    line: int  # of the '## ' heading
    heading: str
    text: str  # Markdown, stripped


@dataclass(frozen=True)
class StepText:
    """The step texts of one scene: sections by heading key (see `heading_key`), the text
    before the first section (the scene's introduction) and the whole source."""

    file: Path
    sections: dict[str, Section] = field(default_factory=dict)
    intro: str = ""
    source: str = ""

    def line_of(self, token: str) -> int:
        """The first line holding `token` (1 if none does)."""
        for n, line in enumerate(self.source.splitlines(), start=1):
            if token in line:
                return n
        return 1


def read_text(path: Path) -> tuple[str, SceneError | None]:
    """A file's text, or the error saying why it cannot be read or is not UTF-8 (and where)."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        return "", SceneError(path, 0, f"cannot be read ({e.strerror or e}); give a readable file")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return "", SceneError(
            path, line, f"byte 0x{raw[e.start]:02X} is not UTF-8 text; save the file as UTF-8"
        )


def heading_key(heading: str) -> str:
    """How headings and step titles are matched: case and spacing do not matter."""
    return " ".join(heading.split()).casefold()


def read_step_text(md: Path) -> tuple[StepText | None, list[SceneError]]:
    """Split a Markdown file at its '## ' headings (not inside ``` fences); a leading '# '
    title line is skipped. Reports repeated and empty sections."""
    source, error = read_text(md)
    if error:
        return None, [error]
    errors: list[SceneError] = []
    sections: dict[str, Section] = {}
    intro: list[str] = []
    body: list[str] = intro
    heading: tuple[int, str] | None = None
    fenced = False

    def close() -> None:
        if heading is None:
            return
        line, title = heading
        key = heading_key(title)
        text = "\n".join(body).strip()
        if key in sections:
            errors.append(
                SceneError(
                    md,
                    line,
                    f"section '## {title}' appears twice (first at line "
                    f"{sections[key].line}); each step has one section",
                )
            )
            return
        if not text:
            errors.append(
                SceneError(md, line, f"section '## {title}' is empty; write the step's text under it")
            )
        sections[key] = Section(line, title, text)

    for n, line in enumerate(source.splitlines(), start=1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            close()
            heading, body = (n, line[3:].strip()), []
            continue
        if not fenced and heading is None and line.startswith("# "):
            continue  # the file's own title
        body.append(line)
    close()
    return StepText(md, sections, "\n".join(intro).strip(), source), errors
