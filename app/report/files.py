"""A report's text from a .txt or .pdf file (or standard input), and the scene made from it as
an ordinary scene file pair (.toml + .md), written whole or not at all."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app.errors import UserError
from app.i18n import translate
from app.outputs import atomic_path

REPORT_SUFFIXES = (".txt", ".text", ".md", ".pdf")
MAX_REPORT_BYTES = 5_000_000  # a report is a few pages; anything bigger is the wrong file


def read_report_source(source: str | Path) -> str:
    """The text of a report: '-' reads standard input; a .pdf's text layer via pypdf."""
    if str(source) == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        what = (
            translate(
                "ReportFiles",
                "the report {path} does not exist; give a .txt or .pdf file, or - to read standard input",
            )
            if not path.exists()
            else translate(
                "ReportFiles",
                "the report {path} is not a file; give a .txt or .pdf file, or - to read standard input",
            )
        )
        raise UserError(what.format(path=path))
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise UserError(
            translate(
                "ReportFiles", "the report {name} is not a text or PDF file; use a .txt or .pdf file"
            ).format(name=path.name)
        )
    if path.stat().st_size > MAX_REPORT_BYTES:
        raise UserError(
            translate(
                "ReportFiles", "the report {name} is over 5 MB; give the text or PDF of one MRI report"
            ).format(name=path.name)
        )
    if path.suffix.lower() == ".pdf":
        return _pdf_text(path)
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise UserError(
            f"the report {path.name} cannot be read ({e.strerror or e}); check the file"
        ) from None


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    except (PdfReadError, OSError, ValueError, KeyError) as e:
        raise UserError(
            f"the PDF {path.name} cannot be read ({e}); save the report as text and try that"
        ) from None
    if not text.strip():
        raise UserError(
            f"the PDF {path.name} holds no text (it may be a scanned picture); "
            "copy the report's words and paste them"
        )
    return text


def check_scene_out(path: Path) -> Path:
    """A scene file name the loader accepts (its stem is the scene id) in a folder we can write."""
    from app.outputs import check_output
    from scenes.schema import SCENE_ID

    check_output(path, (".toml",), "--scene-out")
    if not SCENE_ID.match(path.stem):
        raise UserError(
            f"--scene-out {path.name}: the name is the scene's id; use lower-case letters, digits, "
            "'-' and '_' (e.g. my_report.toml)"
        )
    return path


def scene_from_text(toml_text: str, md_text: str, scene_id: str = "my_mri_report"):
    """Load a built scene without keeping its files (for playing it or making the handout)."""
    from scenes.loader import load_scene

    with tempfile.TemporaryDirectory(prefix="lumbar-report-") as folder:
        toml = Path(folder) / f"{scene_id}.toml"
        toml.write_text(toml_text, encoding="utf-8")
        toml.with_suffix(".md").write_text(md_text, encoding="utf-8")
        return load_scene(toml)


def save_scene(toml_text: str, md_text: str, out: Path):
    """Write the scene pair beside each other (the .md first, so the .toml never lacks its text);
    returns the scene as loaded from the written files."""
    from scenes.loader import load_scene

    scene_from_text(toml_text, md_text, out.stem)  # a scene that would not load is never written
    md = out.with_suffix(".md")
    with atomic_path(md) as tmp:
        tmp.write_text(md_text, encoding="utf-8")
    with atomic_path(out) as tmp:
        tmp.write_text(toml_text, encoding="utf-8")
    return load_scene(out)
