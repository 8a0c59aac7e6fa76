"""The scene checks of step texts: each step's text read from the Markdown file beside the scene
(a "## " section per step title) or given inline, and the {level}/{side} placeholders in them.
A mixin of the scene loader's checker (it uses its ``err`` and ``md``).
"""

from __future__ import annotations

import difflib

from scenes.schema import (
    TEXT_PLACEHOLDER_PATTERN,
    TEXT_PLACEHOLDERS,
    SceneError,
    Step,
    did_you_mean,
)
from scenes.textfile import StepText, heading_key, read_step_text


class StepTextChecks:
    """Step texts and their placeholders (see the module docstring)."""

    def step_texts(self, steps: list[dict]) -> tuple[Step, ...]:
        """Each step's text: inline, or its '## ' section in the .md file beside the scene."""
        md = self.file.with_suffix(".md")
        need = [s for s in steps if s["text"] is None]
        if not md.exists():
            if need:
                i = need[0]["index"]
                self.err(
                    ("steps", i),
                    f"step {i + 1} has no text and there is no {md.name} beside the "
                    "scene; write one with a '## <step title>' section per step, or "
                    'give the step text = "..."',
                )
            return self.make_steps(steps, {})
        self.md, errors = read_step_text(md)
        self.errors += errors
        if self.md is None:
            return ()
        sections = self.md.sections
        keys = {heading_key(s["section"] or s["title"]) for s in steps}
        used: set[str] = set()
        texts: dict[int, str] = {}
        for s in steps:
            i, key = s["index"], heading_key(s["section"] or s["title"])
            if s["text"] is not None:
                if key in sections and s["section"] is None:
                    sec = sections[key]
                    self.errors.append(
                        SceneError(
                            md,
                            sec.line,
                            f"section '## {sec.heading}' repeats step "
                            f"{i + 1}, which has its text inline; keep one",
                        )
                    )
                used.add(key)
            elif key in sections:
                texts[i] = sections[key].text
                used.add(key)
            else:
                unused = [k for k in sections if k not in keys]
                near = difflib.get_close_matches(key, unused, n=1, cutoff=0.6)
                if near:  # a misspelt heading is one mistake: say so here, not again below
                    used.add(near[0])
                    hint = f"did you mean '## {sections[near[0]].heading}' at line {sections[near[0]].line}?"
                else:
                    hint = "sections there: " + (
                        ", ".join(f"'{x.heading}'" for x in sections.values()) or "none"
                    )
                path = ("steps", i, "section" if s["section"] else "title")
                self.err(
                    path,
                    f"step {i + 1} has no text: {md.name} has no '## {s['section'] or s['title']}' "
                    f'section ({hint}); add it, or give the step text = "..."',
                )
        for key, sec in sections.items():
            if key not in used:
                titles = ", ".join(f"'{s['section'] or s['title']}'" for s in steps)
                self.errors.append(
                    SceneError(
                        md,
                        sec.line,
                        f"section '## {sec.heading}' matches no step; "
                        f"each '## ' heading must be a step's title ({titles})",
                    )
                )
        return self.make_steps(steps, texts)

    def make_steps(self, steps: list[dict], texts: dict[int, str]) -> tuple[Step, ...]:
        return tuple(
            Step(
                time=s["time"],
                title=s["title"],
                text=s["text"] or texts.get(s["index"], ""),
                camera=s["camera"],
                highlight=s["highlight"],
                translucent=s["translucent"],
                hide=s["hide"],
                level=s.get("level"),
            )
            for s in steps
        )

    def text_placeholders(self, summary: str, steps: list[dict]) -> None:
        """Every {placeholder} in the summary, titles and texts must be one the timeline fills in."""
        where: list[tuple[str, tuple, StepText | None]] = [(summary, ("summary",), None)]
        for s in steps:
            where.append((s["title"], ("steps", s["index"], "title"), None))
            if s["text"] is not None:
                where.append((s["text"], ("steps", s["index"], "text"), None))
        if self.md is not None:
            where.append((self.md.source, (), self.md))
        for text, path, md in where:
            m = next(
                (m for m in TEXT_PLACEHOLDER_PATTERN.finditer(text) if m.group(1) not in TEXT_PLACEHOLDERS),
                None,
            )
            if m is None:
                continue
            message = (
                f"'{m.group(0)}' is not a placeholder{did_you_mean(m.group(1), TEXT_PLACEHOLDERS)}; "
                f"allowed in texts: {', '.join('{' + p + '}' for p in TEXT_PLACEHOLDERS)}"
            )
            if md is None:
                self.err(path, message)
            else:
                self.errors.append(SceneError(md.file, md.line_of(m.group(0)), message))
