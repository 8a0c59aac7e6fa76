"""Make sure the machine has the system libraries Qt's xcb platform and VTK's OpenGL need.

pip installs PySide6 and VTK, but not the X and OpenGL libraries they load; without them Qt
aborts with a long message about the "xcb" plugin. So the viewer, the off-screen renderer and
the test command call :func:`ensure_gui` (or :func:`ensure_render`) first: on Debian or Ubuntu,
as root, it installs what is missing with apt-get; otherwise it stops with the exact command.

Each package is checked through one library it ships (the dynamic linker's cache), so the check
is quick (a few milliseconds) and does not care how a distribution names its packages.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from app.errors import UserError
from app.i18n import translate

# Debian package -> a library (soname) it provides. Qt's xcb platform plugin and its GL
# integration load all of these (found with readelf on the PySide6 wheel).
GUI_LIBRARIES: dict[str, str] = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-xinerama0": "libxcb-xinerama.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-randr0": "libxcb-randr.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-sync1": "libxcb-sync.so.1",
    "libxcb-xfixes0": "libxcb-xfixes.so.0",
    "libxcb-shm0": "libxcb-shm.so.0",
    "libxcb-glx0": "libxcb-glx.so.0",
    "libx11-xcb1": "libX11-xcb.so.1",
    "libfontconfig1": "libfontconfig.so.1",
    "libdbus-1-3": "libdbus-1.so.3",
    "libglib2.0-0": "libglib-2.0.so.0",
}

# What VTK needs to draw at all, with or without a window: the GL dispatch libraries and
# Mesa behind them (software rendering where there is no GPU driver).
RENDER_LIBRARIES: dict[str, str] = {
    "libgl1": "libGL.so.1",
    "libegl1": "libEGL.so.1",
    "libx11-6": "libX11.so.6",
    "libglx-mesa0": "libGLX_mesa.so.0",
    "libegl-mesa0": "libEGL_mesa.so.0",
}

# Package -> program: only the test command needs these, and only when there is no display.
# (poppler-utils: the handout tests read the PDFs back with pdftotext, pdfinfo and pdfimages.)
TEST_PROGRAMS: dict[str, str] = {"xvfb": "Xvfb", "xauth": "xauth", "poppler-utils": "pdftotext"}
# ... and these with or without a display: the take-home HTML page is opened in a real browser
# (tests/test_take_home.py).
TEST_BROWSER: dict[str, str] = {"chromium": "chromium"}


def has_display() -> bool:
    """True when an X server is there to open windows on (VTK's Qt widget needs X, not Wayland)."""
    return bool(os.environ.get("DISPLAY"))


def _library_folders() -> list[Path]:
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    names = [f"/usr/lib/{multiarch}", f"/lib/{multiarch}", "/usr/lib64", "/lib64", "/usr/lib", "/lib"]
    return [Path(n) for n in names if n.strip("/")]


def _known_sonames() -> set[str] | None:
    """Every soname in the dynamic linker's cache, or None where there is no ldconfig to ask."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None
    )
    if ldconfig is None:
        return None
    try:
        out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def missing_packages(libraries: dict[str, str], programs: dict[str, str] | None = None) -> list[str]:
    """Debian packages whose library or program is not on this machine (empty off Linux)."""
    if not sys.platform.startswith("linux"):
        return []
    missing: list[str] = []
    if libraries:
        sonames = _known_sonames()
        if sonames is not None:
            folders = _library_folders()
            for package, soname in libraries.items():
                if soname not in sonames and not any((f / soname).exists() for f in folders):
                    missing.append(package)
    for package, program in (programs or {}).items():
        if shutil.which(program) is None:
            missing.append(package)
    return missing


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def ensure_packages(packages: list[str], purpose: str, as_root: bool | None = None) -> None:
    """Install the missing Debian packages when running as root, or stop with the command to run.

    ``as_root`` defaults to whether this process runs as root.
    """
    if not packages:
        return
    if as_root is None:
        as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not (as_root and shutil.which("apt-get")):
        raise UserError(
            translate(
                "system",
                "{purpose} needs system libraries that are missing; install them with: {install_command}",
            ).format(purpose=purpose, install_command=install_command(packages))
        )
    print(f"lumbar-viewer: installing system packages {purpose} needs: {' '.join(packages)}", file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", *packages]):
        # apt's chatter goes to stderr so that stdout stays clean (bench --json prints JSON there).
        rc = subprocess.run(cmd, env=env, stdout=sys.stderr, stdin=subprocess.DEVNULL).returncode
        if rc != 0:
            raise UserError(
                translate(
                    "system",
                    "'{join}' failed with exit status {rc}; install the packages by hand with: "
                    "apt-get install -y {join2}",
                ).format(join=" ".join(cmd), rc=rc, join2=" ".join(packages))
            )


def display_problem() -> str | None:
    """Why no window can open on this machine's display, or None when the X server answers.

    Qt would abort on an unreachable display with a misleading hint about xcb-cursor0, so we ask
    Xlib first (a few milliseconds)."""
    display = os.environ.get("DISPLAY")
    if not display:
        return (
            "there is no display to open the window on (DISPLAY is not set); run it in a desktop "
            "session, or under a virtual display with: xvfb-run -a lumbar-viewer"
        )
    name = ctypes.util.find_library("X11")
    if name is None:
        return None  # the package check names libx11-6; nothing more to ask here
    xlib = ctypes.CDLL(name)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = xlib.XOpenDisplay(display.encode())
    if not handle:
        return (
            f"the display {display} cannot be opened (no X server answers there); start the program in "
            "a desktop session, set DISPLAY to a running X server, or run it under xvfb-run -a"
        )
    xlib.XCloseDisplay(handle)
    return None


def opengl_problem() -> str | None:
    """Why VTK cannot draw here (it needs OpenGL 3.2 core), or None when it can.

    Without it VTK floods the terminal and then segfaults in the first render, so we ask a
    throw-away off-screen render window first (about 50 ms)."""
    from app.viewer.render import prepare_backend

    prepare_backend()  # EGL without a display; VTK's log off
    import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (registers the OpenGL render window)
    from vtkmodules.vtkRenderingCore import vtkRenderWindow

    window = vtkRenderWindow()
    window.SetOffScreenRendering(1)
    supported = bool(window.SupportsOpenGL())
    window.Finalize()
    if supported:
        return None
    where = f"the display {os.environ['DISPLAY']}" if os.environ.get("DISPLAY") else "EGL (no display)"
    return (
        f"OpenGL 3.2 is not available through {where}, and the 3D model needs it; use Mesa's software "
        "renderer with 'lumbar-viewer --software ...' (or LIBGL_ALWAYS_SOFTWARE=1), update the graphics "
        "driver, or run under a virtual display with xvfb-run -a"
    )


def ensure_render() -> None:
    """VTK can draw (off-screen pictures): OpenGL and Mesa are installed, and they work."""
    ensure_packages(missing_packages(RENDER_LIBRARIES), "drawing the 3D model")
    problem = (display_problem() if has_display() else None) or opengl_problem()
    if problem:
        raise UserError(problem)


def ensure_gui(for_tests: bool = False) -> None:
    """Qt can open the viewer's window; with for_tests, Xvfb is there too when there is no display.

    Outside the tests the display must answer and offer OpenGL 3.2 (the test command starts its
    own display after this)."""
    programs = None
    if for_tests:
        programs = TEST_BROWSER if has_display() else {**TEST_PROGRAMS, **TEST_BROWSER}
    purpose = "the test suite" if for_tests else "the viewer window"
    ensure_packages(missing_packages({**GUI_LIBRARIES, **RENDER_LIBRARIES}, programs), purpose)
    if for_tests:
        return
    problem = display_problem() or opengl_problem()
    if problem:
        raise UserError(problem)
