"""The timeline chart as a PNG, with Plotly's own static export (kaleido 1.x driving a headless Chrome).

Plotly's `fig.to_image` is a thin wrapper over `kaleido.calc_fig_sync` that
cannot say which browser to use; this calls the same function with it.  kaleido
finds a browser on PATH or through `BROWSER_PATH`; Debian installs chromium as
`/usr/bin/chromium`, which it does not look for, so that path is passed to it
(as the `path` option of the browser it starts; the environment is left alone).
MathJax is switched off: the chart has no formulae, and kaleido would otherwise
fetch it from a CDN.

One export starts a browser, renders, and closes it: 3-6 s on a loaded 2-core
machine.  `open_chart_browser` keeps one browser open for the process (kaleido's
sync server): its first export still takes 3-4 s, later ones about 0.4-0.6 s
(`benchmarks/bench_chart_image.py`).  A caller that
exports many charts (the dashboard) opens it once; the CLI exports one chart
and does not.

No browser, or a failed export, gives None and a logged warning: the
chronology is still written, saying that the chart image is unavailable.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

_log = logging.getLogger(__name__)

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
# Browser names kaleido does not search for itself (it looks for Chrome's).
_OTHER_NAMES = ("chromium", "chromium-browser")
DEFAULT_HEIGHT = 600
_ATTEMPTS = 2
# kaleido's kept-open browser answers through one shared queue: two threads exporting at once (two dashboard
# sessions) could each take the other's image.  One export at a time through it.
_SERVER_LOCK = threading.Lock()


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido should drive, an executable file; None when there is none.

    `BROWSER_PATH` when set (and only it: the user chose); else Debian's chromium; else a chromium on PATH;
    else what kaleido's own finder knows (Chrome on PATH or in its usual places, or one `kaleido_get_chrome`
    downloaded)."""
    chosen = os.environ.get("BROWSER_PATH")
    if chosen:
        return chosen if _executable(chosen) else None
    if _executable(str(DEBIAN_CHROMIUM)):
        return str(DEBIAN_CHROMIUM)
    found = next((path for name in _OTHER_NAMES if (path := shutil.which(name))), None)
    if found:
        return found
    try:
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
    except Exception:  # the finder is kaleido's dependency's internals: if it moved, we know of no browser
        return None
    return found if found and _executable(found) else None


def _no_browser() -> str:
    chosen = os.environ.get("BROWSER_PATH")
    if chosen:
        return f"BROWSER_PATH={chosen!r} is not an executable file"
    return "no Chrome or Chromium found (install chromium, or set BROWSER_PATH to one)"


def _executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def _browser_options(path: str) -> dict[str, Any]:
    return {"mathjax": False, "path": path}


def open_chart_browser() -> bool:
    """Keep one headless browser open for this process's exports; True when it is (or already was) open."""
    import kaleido

    path = browser_path()
    if path is None:
        _log.warning("cannot keep a browser open for chart images: %s", _no_browser())
        return False
    try:
        kaleido.start_sync_server(silence_warnings=True, **_browser_options(path))
    except Exception as exc:  # kaleido and the browser raise many kinds; any means "no server"
        _log.warning("cannot keep a browser open for chart images: %s", exc)
        return False
    return True


def close_chart_browser() -> None:
    import kaleido

    kaleido.stop_sync_server(silence_warnings=True)


def _server_running() -> bool:
    import kaleido

    server = getattr(kaleido, "_global_server", None)
    return bool(server is not None and server.is_running())


def chart_png(fig: go.Figure, *, width: int = 1200, height: int | None = None, scale: float = 2) -> bytes | None:
    """`fig` as PNG bytes (`width` x `height` layout pixels, times `scale`), or None when it cannot be exported."""
    try:
        import kaleido
        from kaleido.errors import ChromeNotFoundError
    except ImportError:
        _log.warning("chart image unavailable: kaleido is not installed")
        return None
    path = browser_path()
    if path is None:
        # Never let kaleido look and fail: a failed start leaves choreographer's pipe threads behind, and they
        # close file descriptors that a later process pool reuses (a hang, seen in the test suite).
        _log.warning("chart image unavailable: %s", _no_browser())
        return None
    layout_height = fig.layout.height if fig.layout.height else DEFAULT_HEIGHT
    opts = {"format": "png", "width": width, "height": height or layout_height, "scale": scale}
    figure = fig.to_dict()
    # On a loaded machine the browser's page can be asked to render before its scripts have loaded
    # ("kaleido_scopes is not defined"): a second attempt, in a fresh browser, usually succeeds.
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            if _server_running():
                with _SERVER_LOCK:
                    png = kaleido.calc_fig_sync(figure, opts=opts)
            else:
                png = kaleido.calc_fig_sync(figure, opts=opts, kopts=_browser_options(path))
            break
        except ChromeNotFoundError:
            _log.warning("chart image unavailable: %s", _no_browser())
            return None
        except Exception as exc:  # a browser that crashes or times out must not stop the chronology
            if attempt == _ATTEMPTS:
                _log.warning("chart image unavailable: the export failed: %s", exc)
                return None
            _log.info("chart image: export attempt %d failed (%s); trying again", attempt, exc)
    if not isinstance(png, bytes | bytearray) or not bytes(png).startswith(b"\x89PNG"):
        _log.warning("chart image unavailable: the export did not return a PNG")
        return None
    return bytes(png)
