"""Output files: check the destination before any slow work, and write atomically.

A file is written under a temporary name in its own folder and renamed into place only when
complete, so a failure (bad data, full disk, Ctrl-C) never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.errors import UserError
from app.i18n import translate

_REASONS = {
    errno.EACCES: " (permission denied)",
    errno.EPERM: " (permission denied)",
    errno.EROFS: " (read-only disk)",
    errno.ENOSPC: " (disk full)",
}


def check_output(path: Path, suffixes: Iterable[str], option: str = "--out") -> Path:
    """The output path, checked: an allowed suffix, an existing folder we can write in."""
    allowed = tuple(suffixes)
    suffix = path.suffix.lower()
    if suffix not in allowed:
        got = f"'{path.suffix}'" if path.suffix else "no suffix"
        raise UserError(
            translate("outputs", "{option} {path} has {got}; use a file name ending in {join}").format(
                option=option, path=path, got=got, join=", ".join(allowed)
            )
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise UserError(
            translate(
                "outputs", "the folder {folder} does not exist; create it first or choose another {option}"
            ).format(folder=folder, option=option)
        )
    if not folder.is_dir():
        raise UserError(
            translate("outputs", "{folder} is not a folder; choose an {option} inside a folder").format(
                folder=folder, option=option
            )
        )
    if path.is_dir():
        raise UserError(
            translate("outputs", "{path} is a folder; give {option} a file name ending in {join}").format(
                path=path, option=option, join=", ".join(allowed)
            )
        )
    if path.exists() and not path.stat().st_mode & 0o222:  # marked read-only: never replace it
        raise UserError(
            translate(
                "outputs", "{path} is read-only; choose another name or make the file writable first"
            ).format(path=path)
        )
    try:  # the only sure test (permissions, read-only disks, root squash) is to try
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".lumbar-viewer-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = _REASONS.get(exc.errno or 0, "")
        raise UserError(
            translate(
                "outputs", "cannot write in the folder {folder}{reason}; choose a folder you can write to"
            ).format(folder=folder, reason=reason)
        ) from None
    return path


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` only if the block succeeds.

    The temporary name is only reserved, not created, so the writer creates the file with the
    user's usual permissions (umask), as a direct write would.
    """
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{secrets.token_hex(4)}.tmp{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, a vanished folder...: one sentence, nothing left behind
        raise write_error(path, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


_WRITE_REASONS = {
    errno.ENOSPC: "the disk is full; free some space or choose another folder",
    errno.EDQUOT: "your disk quota is used up; free some space or choose another folder",
    errno.EFBIG: "the file is too large for this disk; choose another folder or a smaller size",
    errno.EACCES: "permission denied; choose a folder you can write to",
    errno.EPERM: "permission denied; choose a folder you can write to",
    errno.EROFS: "the disk is read-only; choose another folder",
    errno.ENOENT: "the folder is gone; choose another folder",
}


def write_error(path: Path, exc: OSError) -> UserError:
    """The one sentence for a write that failed: which file, and why in plain words."""
    why = _WRITE_REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return UserError(translate("outputs", "could not write {name}: {why}").format(name=path.name, why=why))
