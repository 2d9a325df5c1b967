"""Before Qt starts on Linux: are the system libraries its window-system plugin needs there?

When they are not, Qt aborts the process with a message that names only xcb-cursor, so a
fresh Debian or Ubuntu machine learns nothing from it. This loads the plugin the way Qt
would, and when that fails, names every missing library and the packages that carry them.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: what Qt's xcb plugin needs that a fresh Debian/Ubuntu desktop may lack (README, set-up)
DEBIAN_PACKAGES = (
    "libglib2.0-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 "
    "libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xkb1"
)


def wants_xcb(argv: list[str], environ: dict[str, str] | os._Environ[str]) -> bool:
    """Qt will pick its X11 plugin: Linux, and neither ``-platform`` nor QT_QPA_PLATFORM
    (nor a Wayland session, where Qt prefers its wayland plugin) chooses another."""
    if not sys.platform.startswith("linux"):
        return False
    if "-platform" in argv:
        return argv[argv.index("-platform") + 1 :][:1] == ["xcb"]
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries ``library`` needs that the system's loader cannot find
    (none when it loads)."""
    try:
        ctypes.CDLL(str(library), mode=os.RTLD_LAZY)
        return []
    except OSError as exc:
        first = re.match(r"([^:\s]+\.so[.\d]*):", str(exc))
        missing = {first.group(1)} if first else set()
    if ldd := shutil.which("ldd"):
        listed = subprocess.run([ldd, str(library)], capture_output=True, text=True).stdout
        missing |= set(re.findall(r"^\s*(\S+) => not found", listed, re.MULTILINE))
    return sorted(missing)


#: libraries whose package is not named after them by Debian's rule
PACKAGE_OF = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
}


def debian_package(soname: str) -> str:
    """Debian's name for the package of a library: libxcb-icccm.so.4 → libxcb-icccm4,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0, libEGL.so.1 → libegl1."""
    if soname in PACKAGE_OF:
        return PACKAGE_OF[soname]
    name, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    return (name + ("-" if name[-1].isdigit() else "") + version).lower()


def qt_libraries() -> Path | None:
    """Qt's widgets library, which loads Qt's core and GUI libraries: what every
    platform plugin (offscreen too) needs before a window system is chosen."""
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Widgets.so.6"
    return lib if lib.exists() else None


def _missing_message(what: str, missing: list[str]) -> str:
    packages = " ".join(sorted({debian_package(m) for m in missing}))
    return (
        f"leaddesk: {what} needs system libraries that are not installed: "
        f"{', '.join(missing)}.\n"
        f"On Debian or Ubuntu: sudo apt-get install -y {packages}\n"
        f"(everything LeadDesk's window needs: sudo apt-get install -y {DEBIAN_PACKAGES})"
    )


def start_problem(argv: list[str], environ: dict[str, str] | os._Environ[str]) -> str | None:
    """Checked before any Qt module is imported (an import that fails is a traceback):
    Qt's own libraries on Linux, then the X11 plugin's when Qt will pick it."""
    if not sys.platform.startswith("linux"):
        return None
    core = qt_libraries()
    if core is not None and (missing := missing_libraries(core)):
        return _missing_message("Qt cannot start: it", missing)
    return problem(environ=environ) if wants_xcb(argv, environ) else None


def problem(
    library: Path | None = None, environ: dict[str, str] | os._Environ[str] = os.environ
) -> str | None:
    """What to tell the person when Qt's window-system plugin cannot start; None when it can."""
    library = library or xcb_plugin()
    missing = missing_libraries(library) if library is not None else []
    if missing:
        return _missing_message("Qt cannot open a window: its X11 plugin", missing)
    if not environ.get("DISPLAY"):
        return (
            "leaddesk: there is no display to open a window on (DISPLAY is not set).\n"
            "For a screenshot without one: QT_QPA_PLATFORM=offscreen leaddesk --screenshot FILE"
        )
    return None
