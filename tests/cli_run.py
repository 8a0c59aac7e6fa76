"""Run the command line as a user does: a fresh ``python -m app`` process, and read its errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_DETAIL = "low"  # as conftest.TEST_DETAIL, so the CLI finds the session's cached model


def lumbar(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env if env is not None else os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_user_error(done: subprocess.CompletedProcess, *words: str) -> None:
    """Exit status 2, one line on stderr naming the problem, no traceback, nothing on stdout."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("lumbar-viewer: error: "), lines[0]
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
