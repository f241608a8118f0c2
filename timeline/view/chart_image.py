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
# kaleido's kept-open browser answers through one shared queue: two threads exporting at once (two dashboard
# sessions) could each take the other's image.  One export at a time through it.
_SERVER_LOCK = threading.Lock()


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido should drive: `BROWSER_PATH` when set, else Debian's chromium, else one on PATH.

    None when none is found (kaleido may still find a Chrome of its own)."""
    if os.environ.get("BROWSER_PATH"):
        return os.environ["BROWSER_PATH"]
    if DEBIAN_CHROMIUM.exists():
        return str(DEBIAN_CHROMIUM)
    return next((found for name in _OTHER_NAMES if (found := shutil.which(name))), None)


def _browser_options() -> dict[str, Any]:
    path = browser_path()
    return {"mathjax": False, **({"path": path} if path else {})}


def open_chart_browser() -> bool:
    """Keep one headless browser open for this process's exports; True when it is (or already was) open."""
    import kaleido

    try:
        kaleido.start_sync_server(silence_warnings=True, **_browser_options())
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
    layout_height = fig.layout.height if fig.layout.height else DEFAULT_HEIGHT
    opts = {"format": "png", "width": width, "height": height or layout_height, "scale": scale}
    figure = fig.to_dict()
    try:
        if _server_running():
            with _SERVER_LOCK:
                png = kaleido.calc_fig_sync(figure, opts=opts)
        else:
            png = kaleido.calc_fig_sync(figure, opts=opts, kopts=_browser_options())
    except ChromeNotFoundError:
        _log.warning("chart image unavailable: no Chrome or Chromium found (install chromium, or set BROWSER_PATH)")
        return None
    except Exception as exc:  # a browser that crashes or times out must not stop the chronology
        _log.warning("chart image unavailable: the export failed: %s", exc)
        return None
    if not isinstance(png, bytes | bytearray) or not bytes(png).startswith(b"\x89PNG"):
        _log.warning("chart image unavailable: the export did not return a PNG")
        return None
    return bytes(png)
