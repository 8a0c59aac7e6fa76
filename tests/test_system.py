"""The system-library check that the viewer's launch and the test command run first."""

from __future__ import annotations

import pytest

from app.cli import system
from app.errors import UserError


def test_this_machine_has_what_the_window_needs():
    assert system.missing_packages({**system.GUI_LIBRARIES, **system.RENDER_LIBRARIES}) == []


def test_a_missing_library_or_program_is_reported_by_package():
    missing = system.missing_packages(
        {"libno-such0": "libno-such-lumbar.so.0"}, {"no-such-tool": "no-such-tool-x"}
    )
    assert missing == ["libno-such0", "no-such-tool"]


def test_without_root_it_stops_with_the_exact_apt_get_line():
    with pytest.raises(UserError) as err:
        system.ensure_packages(["libxcb-cursor0", "xvfb"], "the viewer window", as_root=False)
    message = str(err.value)
    assert message.endswith("sudo apt-get install -y libxcb-cursor0 xvfb")
    assert "\n" not in message


def test_nothing_missing_means_nothing_to_do():
    system.ensure_packages([], "the viewer window", as_root=False)
