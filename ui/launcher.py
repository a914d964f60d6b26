"""The `reviewer` command: open the desktop client, or forward to the support CLI.

This module must stay cheap to import. `reviewer doctor` and `reviewer status`
run core code from reviewer/ and never load Qt; the window commands import
PySide6 only after checking that the machine can show a window at all, so a
server without a display gets a list of Debian packages instead of a Qt trace.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
from collections.abc import Mapping, Sequence

CLI_COMMANDS = frozenset({"doctor", "status", "recover-store", "export-held", "purge-local-data"})

#: exit code when the machine cannot show a window (the message says what to install)
EXIT_NO_DISPLAY = 2

# Shared libraries Qt's xcb platform plugin loads, with the Debian package providing each.
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    # (soname, find_library name, Debian package)
    ("libxcb.so.1", "xcb", "libxcb1"),
    ("libX11.so.6", "X11", "libx11-6"),
    ("libX11-xcb.so.1", "X11-xcb", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "xcb-cursor", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "xcb-icccm", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "xcb-keysyms", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "xkbcommon-x11", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "xkbcommon", "libxkbcommon0"),
    ("libxcb-shape.so.0", "xcb-shape", "libxcb-shape0"),
    ("libxcb-randr.so.0", "xcb-randr", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "xcb-render-util", "libxcb-render-util0"),
    ("libxcb-image.so.0", "xcb-image", "libxcb-image0"),
    ("libxcb-xkb.so.1", "xcb-xkb", "libxcb-xkb1"),
    ("libxcb-xfixes.so.0", "xcb-xfixes", "libxcb-xfixes0"),
    ("libxcb-sync.so.1", "xcb-sync", "libxcb-sync1"),
    ("libxcb-shm.so.0", "xcb-shm", "libxcb-shm0"),
    ("libxcb-util.so.1", "xcb-util", "libxcb-util1"),
    ("libxcb-render.so.0", "xcb-render", "libxcb-render0"),
    ("libfontconfig.so.1", "fontconfig", "libfontconfig1"),
    ("libEGL.so.1", "EGL", "libegl1"),
    ("libGL.so.1", "GL", "libgl1"),
)

#: platforms that draw into memory and need no display or X libraries
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb"})


def library_loads(soname: str, short: str) -> bool:
    """True when the dynamic loader finds the library the way Qt will (dlopen by soname)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        from ctypes.util import find_library  # ~15 ms (pulls in subprocess): slow path only

        return find_library(short) is not None
    return True


def missing_xcb_packages() -> list[str]:
    """Debian packages whose libraries Qt's xcb plugin needs but the loader cannot find."""
    return [pkg for soname, short, pkg in XCB_LIBRARIES if not library_loads(soname, short)]


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why this machine cannot open a window, as a message for a person; None when it can."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if platform in HEADLESS_PLATFORMS:
        return None
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not has_x and not has_wayland:
        return (
            "Live Review Desk needs a graphical desktop, and this session has none "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Run it from a desktop session, or on a server start a virtual display:\n"
            "  sudo apt-get install xvfb xauth\n"
            "  xvfb-run -a reviewer --demo"
        )
    uses_xcb = platform == "xcb" or (platform == "" and has_x)
    if platform == "" and has_wayland and not has_x:
        uses_xcb = False
    if uses_xcb:
        missing = missing_xcb_packages()
        if missing:
            return (
                "Qt cannot open a window here: its X11 (xcb) plugin needs libraries that are "
                "not installed.\nInstall them with:\n"
                f"  sudo apt-get install {' '.join(missing)}"
            )
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Live Review Desk: review Live cases from the keyboard.",
        epilog="Support commands (no window): reviewer doctor, reviewer status, "
        "reviewer recover-store, reviewer purge-local-data.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the reference service with seeded cases on loopback and sign in as moderator1",
    )
    parser.add_argument("--server", default="", help="case service URL to fill in at sign-in")
    parser.add_argument("--user", default="", help="user name to fill in at sign-in")
    parser.add_argument("--version", action="version", version=f"Live Review Desk {_version()}")
    return parser


#: exit code of `reviewer --demo` where the demo service is not installed (the bundle)
EXIT_NO_DEMO = 3

NO_DEMO_MESSAGE = (
    "The demo service is not part of this installation: the installed desk only talks to "
    "your site's case service.\n"
    "To try it with seeded demo cases, run `make demo` in a source checkout of Live Review "
    "Desk (it needs python3 and make), or install the package with its service\n"
    "  pip install 'live-review-desk[server]'\n"
    "and run `reviewer --demo` from there. Docs: docs/deployment.md."
)


def _version() -> str:
    """The one version: the core's (the distribution's metadata says the same)."""
    from reviewer import __version__

    return __version__


def demo_available() -> bool:
    """True when the reference service can run here (never in the installed bundle)."""
    from importlib.util import find_spec

    return find_spec("server") is not None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `reviewer` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in CLI_COMMANDS:
        from reviewer import cli

        return int(cli.main(args) or 0)
    if args and args[0] == "report":  # a scheduled job: offscreen, no window
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ui.lead.report_command import main as report_main

        return report_main(args[1:])
    options = build_parser().parse_args(args)
    if options.demo and not demo_available():
        print(NO_DEMO_MESSAGE, file=sys.stderr)
        return EXIT_NO_DEMO
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from ui.shell.app import run  # imports PySide6: only now that a window can open

    return run(demo=options.demo, server_url=options.server, username=options.user)


if __name__ == "__main__":  # pragma: no cover - `python -m ui.launcher`
    sys.exit(main())
