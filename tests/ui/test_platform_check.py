"""The message a fresh Linux machine gets instead of Qt's abort when the window system's
libraries are missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leaddesk.ui import platform_check


def test_debian_package_names() -> None:
    assert platform_check.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert platform_check.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert platform_check.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert platform_check.debian_package("libxcb-render-util.so.0.0.0") == "libxcb-render-util0"
    # the names Debian does not derive by its rule (a fresh Debian without glib was told
    # to install libglib-2.0-0, which does not exist)
    assert platform_check.debian_package("libEGL.so.1") == "libegl1"
    assert platform_check.debian_package("libGL.so.1") == "libgl1"
    assert platform_check.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert platform_check.debian_package("libglib-2.0.so.0") == "libglib2.0-0"
    assert platform_check.debian_package("libgthread-2.0.so.0") == "libglib2.0-0"


def test_which_platform_qt_will_pick() -> None:
    linux = sys.platform.startswith("linux")
    assert platform_check.wants_xcb([], {}) is linux
    assert platform_check.wants_xcb([], {"QT_QPA_PLATFORM": "offscreen"}) is False
    assert platform_check.wants_xcb([], {"QT_QPA_PLATFORM": "xcb"}) is linux
    assert platform_check.wants_xcb(["-platform", "offscreen"], {}) is False
    assert platform_check.wants_xcb([], {"WAYLAND_DISPLAY": "wayland-0"}) is False


@pytest.mark.skipif(not shutil.which("gcc"), reason="builds a library that needs a missing one")
def test_missing_libraries_are_named_with_their_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a plugin that needs libleaddeskgone.so.7, which is built, linked and then removed
    (tmp_path / "gone.c").write_text("int gone(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int gone(void); int plugin(void) { return gone(); }\n")
    gone = tmp_path / "libleaddeskgone.so.7"
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-fPIC",
            "-Wl,-soname,libleaddeskgone.so.7",
            "-o",
            str(gone),
            str(tmp_path / "gone.c"),
        ],
        check=True,
    )
    plugin = tmp_path / "libqfake.so"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"), str(gone)],
        check=True,
    )
    gone.unlink()
    assert platform_check.missing_libraries(plugin) == ["libleaddeskgone.so.7"]
    why = platform_check.problem(plugin, {"DISPLAY": ":0"})
    assert why is not None
    assert "libleaddeskgone.so.7" in why
    assert "sudo apt-get install -y libleaddeskgone7" in why
    # Qt's own libraries are checked first, whichever platform is asked for (QtCore
    # needs glib: its import would otherwise end in an ImportError's traceback)
    monkeypatch.setattr(platform_check, "qt_libraries", lambda: plugin)
    why = platform_check.start_problem([], {"QT_QPA_PLATFORM": "offscreen"})
    assert why is not None and why.startswith("leaddesk: Qt cannot start")
    assert "libleaddeskgone.so.7" in why


def test_the_real_plugin_is_judged_as_the_loader_judges_it() -> None:
    plugin = platform_check.xcb_plugin()
    if plugin is None or not shutil.which("ldd"):
        pytest.skip("no X11 plugin in this Qt")
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    not_found = sorted({line.split()[0] for line in ldd.splitlines() if "not found" in line})
    assert platform_check.missing_libraries(plugin) == not_found


def test_the_app_prints_the_message_instead_of_aborting(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    env.pop("DISPLAY", None)
    plugin = platform_check.xcb_plugin()
    missing = platform_check.missing_libraries(plugin) if plugin else []
    out = subprocess.run(
        [sys.executable, "-m", "leaddesk", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 3, out.stderr
    if missing:
        assert "apt-get install -y" in out.stderr and missing[0] in out.stderr
    else:
        assert "no display" in out.stderr
    assert "Aborted" not in out.stderr and "core dumped" not in out.stderr


def test_the_readme_installs_every_package_the_message_names() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    line = next(x for x in readme.splitlines() if x.startswith("sudo apt-get install -y"))
    assert set(platform_check.DEBIAN_PACKAGES.split()) <= set(line.split())
    assert "libglib2.0-0" in line.split()
