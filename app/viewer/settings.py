"""Reading remembered values back from QSettings as the type they were saved as (QSettings on
Linux hands every value back as text: "true", "1.5")."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def read_setting(settings: QSettings | None, key: str, default, kind):
    """``settings[key]`` as ``kind`` (bool, float, str...), or ``default`` when absent or unreadable."""
    if settings is None:
        return default
    value = settings.value(key, default)
    try:
        if kind is bool and isinstance(value, str):
            return value.lower() == "true"
        return kind(value)
    except (TypeError, ValueError):
        return default
