"""Generic checks of parsed TOML for the scene loader: fields known and present, text, numbers in
range, one of a set of choices, tables; each mistake one SceneError with the file and line of the
value, in plain words that say what is allowed.
"""

from __future__ import annotations

import math
import re
import tomllib
from pathlib import Path

from scenes.schema import SceneError, did_you_mean
from scenes.tomllines import line_of

_SYNTAX = re.compile(r"^(.*?)\s*\(at line (\d+), column (\d+)\)\s*$", re.S)
MISSING = object()  # a field that is not there (None is not a TOML value, but clearer apart)


def syntax_error(path: Path, e: tomllib.TOMLDecodeError) -> SceneError:
    m = _SYNTAX.match(str(e))
    if not m:
        return SceneError(path, 1, f"TOML syntax error ({e}); check quotes, brackets and commas")
    what, line, col = m.group(1), int(m.group(2)), int(m.group(3))
    for pattern, plain in _SYNTAX_PLAIN:
        if pattern in what.lower():
            what = plain
            break
    else:
        what = what[:1].lower() + what[1:]
    return SceneError(
        path,
        line,
        f'TOML syntax error at column {col}: {what}; text needs "quotes", '
        "lists need [brackets] and commas, each key = value on its own line",
    )


# tomllib's words for common slips, in a teacher's words.
_SYNTAX_PLAIN = (
    ("illegal character '\\n'", "the line ends inside a text value (a closing quote is missing)"),
    ("unclosed array", "a list is not closed with ]"),
    ("expected '=' after a key", "a key must be followed by = and a value"),
    ("invalid value", "this value is not valid TOML"),
    ("cannot overwrite a value", "this key is given twice"),
    ("cannot declare", "this table is declared twice"),
)


def fmt(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        if isinstance(v, float) and not math.isfinite(v):
            return str(v)
        if abs(v) >= 1e9:
            return f"{float(v):.3g}"
        return f"{v:g}" if isinstance(v, float) else str(v)
    if isinstance(v, str):
        return f"'{v}'" if len(v) <= 40 else f"'{v[:37]}...'"
    return kind(v)


def kind(v) -> str:
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, int | float):
        return "a number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, dict):
        return "a table"
    return "a date"


class Checker:
    """Walks parsed TOML, collecting one error per mistake (and none that merely follow)."""

    def __init__(self, file: Path, lines: dict) -> None:
        self.file = file
        self.lines = lines
        self.errors: list[SceneError] = []

    def err(self, path: tuple, message: str) -> None:
        self.errors.append(SceneError(self.file, line_of(self.lines, path), message))

    # -- generic fields -------------------------------------------------------------------
    def fields(self, data: dict, path: tuple, spec: dict, where: str) -> None:
        """Unknown fields (with the nearest allowed name) and missing required ones."""
        missing = [k for k, (req, _) in spec.items() if req and k not in data]
        for key in data:
            if key not in spec:
                hint = did_you_mean(key, spec)
                self.err(path + (key,), f"unknown field '{key}' in {where}{hint}; allowed: {', '.join(spec)}")
                if hint:  # a misspelt required field is one mistake, not two
                    missing = [k for k in missing if f"'{k}'" not in hint]
        for key in missing:
            self.err(path, f"{where} is missing '{key}'; add {spec[key][1]}")

    def text(self, value, path: tuple, name: str, max_len: int | None = None) -> str | None:
        if value is MISSING:
            return None
        if not isinstance(value, str):
            self.err(
                path, f'{name} must be text in quotes, not {kind(value)}; write it like {path[-1]} = "..."'
            )
            return None
        if not value.strip():
            self.err(path, f"{name} is empty; write some text between the quotes")
            return None
        if max_len and len(value) > max_len:
            self.err(path, f"{name} is {len(value)} characters long; allowed: up to {max_len}")
            return None
        return value.strip()

    def number(self, value, path: tuple, name: str, lo: float, hi: float, unit: str = "") -> float | None:
        if value is MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.err(
                path, f"{name} must be a number, not {kind(value)}; allowed: {fmt(lo)} to {fmt(hi)}{unit}"
            )
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.err(path, f"{name} is {value} (not a real number); allowed: {fmt(lo)} to {fmt(hi)}{unit}")
            return None
        if not lo <= value <= hi:
            self.err(path, f"{name} {fmt(value)} is out of range; allowed: {fmt(lo)} to {fmt(hi)}{unit}")
            return None
        return float(value)

    def choice(self, value, path: tuple, name: str, choices) -> str | None:
        if value is MISSING:
            return None
        if not isinstance(value, str):
            self.err(path, f"{name} must be text in quotes, not {kind(value)}; allowed: {', '.join(choices)}")
            return None
        if value not in choices:
            self.err(
                path,
                f"{name} {fmt(value)} is not allowed{did_you_mean(value, choices)}; "
                f"allowed: {', '.join(choices)}",
            )
            return None
        return value

    def table(self, value, path: tuple, name: str) -> dict | None:
        if value is MISSING:
            return None
        if not isinstance(value, dict):
            self.err(
                path,
                f"{name} must be a table, not {kind(value)}; write [{path[-1]}] or {path[-1]} = {{ ... }}",
            )
            return None
        return value

    def tables(self, value, path: tuple, name: str) -> list[dict] | None:
        """An array of tables ([[name]] blocks)."""
        if value is MISSING:
            return None
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.err(path, f"{name} must be tables, not {kind(value)}; write one [[{name}]] block for each")
            return None
        return value

    # -- the scene ------------------------------------------------------------------------
