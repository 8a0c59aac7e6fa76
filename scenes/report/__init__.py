"""Explain my MRI report: read the free text of a lumbar MRI report into the findings the model
can show (level, condition, zone, side, grade, roots), name those it cannot, and build a scene
that plays them. Plain Python, no Qt or VTK (the scenes layer)."""

from scenes.report.model import Denied, Finding, Reading, Unsupported
from scenes.report.reader import edit_finding, read_report

__all__ = ["Denied", "Finding", "Reading", "Unsupported", "edit_finding", "read_report"]
