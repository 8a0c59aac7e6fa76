"""``lumbar-viewer selftest``: the README's test command. Sets the machine up and runs pytest.

It installs (as root) or names (otherwise) the system libraries the Qt window needs, starts a
virtual X server (Xvfb) when there is no display, runs pytest on the project's ``tests/`` folder
with the real window and real OpenGL, and exits with pytest's status. A run that collects no
tests fails (pytest's status 5 becomes 1): a test command that tests nothing must not pass.
"""

from __future__ import annotations

import argparse
import os
import select
import subprocess
import sys
import tempfile
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "selftest"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "set the machine up (system libraries, virtual display) and run the whole test suite with pytest",
)

XVFB_SCREEN = "1920x1080x24"
NO_TESTS_COLLECTED = 5  # pytest's exit status when it found nothing to run


PASSES_EXTRA_ARGUMENTS = True  # anything the command does not know goes to pytest (-k, -x, a file...)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = "%(prog)s [-h] [PYTEST ARGUMENTS ...]"
    parser.epilog = "Any other arguments go to pytest, e.g. selftest -x -k window."


def find_tests() -> Path:
    """The tests/ folder of the source tree: the current folder's, else the one beside the app package."""
    from app.errors import UserError

    for root in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (root / "tests").is_dir() and (root / "pyproject.toml").is_file():
            return root / "tests"
    raise UserError(
        translate(
            "selftest",
            "the tests/ folder was not found; run selftest in the lumbar-viewer source folder "
            "(the one with pyproject.toml)",
        )
    )


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """Start Xvfb on a free display number; returns the process and its DISPLAY (e.g. ':99')."""
    from app.errors import UserError

    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                XVFB_SCREEN,
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    finally:
        os.close(write_fd)
    number = b""
    with os.fdopen(read_fd, "rb") as pipe:
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([pipe], [], [], 30)
            chunk = pipe.read1(16) if ready else b""  # type: ignore[attr-defined]
            if not chunk:
                proc.kill()
                raise UserError(
                    translate(
                        "selftest",
                        "the virtual display (Xvfb) did not start; check that the xvfb package works",
                    )
                )
            number += chunk
    return proc, f":{number.decode().strip()}"


def run(args: argparse.Namespace) -> int:
    import importlib.util

    from app.cli import system
    from app.errors import UserError

    tests = find_tests()
    if importlib.util.find_spec("pytest") is None or importlib.util.find_spec("pytestqt") is None:
        raise UserError(
            translate(
                "selftest",
                "pytest and pytest-qt are not installed; install the test extra: python3 -m pip "
                "install '.[test]'",
            )
        )
    system.ensure_gui(for_tests=True)
    env = dict(os.environ)
    xvfb = None
    if not system.has_display():
        xvfb, env["DISPLAY"] = start_xvfb()
        print(f"selftest: started a virtual display (Xvfb) on {env['DISPLAY']}", file=sys.stderr)
    env.setdefault("QT_QPA_PLATFORM", "xcb")
    extra = [a for a in args.extra if a != "--"]
    with tempfile.TemporaryDirectory(prefix="lumbar-viewer-selftest-") as tmp:
        status_file = Path(tmp) / "pytest-status"
        env["LUMBAR_VIEWER_PYTEST_STATUS"] = str(status_file)  # tests/conftest.py writes it
        try:
            rc = subprocess.call(
                [sys.executable, "-m", "pytest", str(tests), *extra], cwd=tests.parent, env=env
            )
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait(timeout=10)
        reported = status_file.read_text().strip() if status_file.exists() else ""
    if reported.isdigit() and int(reported) != rc:
        # pytest finished and reported its result, then Python crashed while shutting down (a
        # C extension's clean-up at exit); the tests' own result is what counts.
        print(
            f"selftest: pytest finished with status {reported}, then its process ended with {rc} "
            "while shutting down; reporting the tests' status",
            file=sys.stderr,
        )
        rc = int(reported)
    if rc == NO_TESTS_COLLECTED:
        print(
            "selftest: pytest collected no tests, so nothing was tested; that counts as a failure",
            file=sys.stderr,
        )
        return 1
    return rc
