"""The Qt binding keeps the reference counts of None, True and False.

PySide6-Essentials 6.12.0 on CPython 3.11 drops a reference to None on every call of a void C++
method and to True/False on some calls; after a few minutes of use the interpreter aborts with
"Fatal Python error: bool_dealloc". pyproject.toml excludes that release; this test checks the
installed binding, so a new release with the same defect fails here before anyone pins it.
(From Python 3.12 on these objects are immortal and their counts never move: the test passes.)
"""

from __future__ import annotations

import sys

CALLS = 20_000
BATCH = 10
SLACK = 50  # unrelated objects may take or drop a few references meanwhile; the defect drops CALLS


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_none_true_false_keep_their_reference_counts_over_many_qt_calls(qapp):
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QCheckBox, QLabel

    label = QLabel()
    box = QCheckBox()
    timer = QTimer()
    owner = QObject()
    before = _counts()
    drift = [0, 0, 0]
    rounds = 0
    while rounds < CALLS:  # checked as it goes: a defective binding aborts at zero
        for i in range(BATCH):
            flag = bool(i & 1)
            label.setText("L4-L5")  # void methods return None
            label.update()
            box.setChecked(flag)  # void methods taking a bool
            timer.setSingleShot(flag)
            box.isChecked()  # methods returning a bool
            label.isVisible()
            owner.blockSignals(flag)  # returns the previous bool
            owner.signalsBlocked()
        rounds += BATCH
        drift = [a - b for a, b in zip(_counts(), before, strict=True)]
        if any(abs(d) >= SLACK for d in drift):
            break
    assert all(abs(d) < SLACK for d in drift), (
        f"the Qt binding changed the reference counts of (None, True, False) by {drift} within "
        f"{rounds} rounds of calls; this release aborts the app (bool_dealloc): "
        "exclude it in pyproject.toml"
    )
