"""Event labels on the chart: each labelled event's headline beside its marker, readable without hovering.

Labels are Plotly annotations with a leader line from the marker.  They are placed once, for the
opening window, on `levels` rows above and below the markers: in order of priority (key events
first), each label takes the first row, alternating above and below from one event to the next in
date order, where it overlaps no label already placed (by its width in pixels at the opening zoom);
a label that fits nowhere is left out, and its event keeps its marker and hover.  Only the
`MAX_LABEL_CANDIDATES` events of highest priority are tried, so a large view costs no more than a small one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

# Characters per line and lines of a label in the story lane; one shorter line in a lane of many.
STORY_LINE_CHARS = 24
STORY_LINES = 3
LANE_LINE_CHARS = 30
LANE_LINES = 1
# Average width of a character and height of a line of 11-pixel text, and the padding of a label's box.
CHAR_PX = 6.2
LINE_PX = 14.0
PAD_PX = 8.0
# Space kept between two labels of a row, and between the marker and the first row.
GAP_PX = 6.0
FIRST_ROW_PX = 14.0
MAX_LABEL_CANDIDATES = 200
LABEL_FONT = {"size": 11, "color": "#1b1b1b"}


@dataclass(frozen=True, slots=True)
class Placed:
    """A label that fits: the point it belongs to, its lines, and its offset from the marker in pixels."""

    point: int
    lines: tuple[str, ...]
    # Offset of the label's centre from the lane's line (not from the marker: markers stack around the line).
    dy: float
    # Horizontal shift of the label from its marker: a label near the plot's edge is moved inside it.
    dx: float = 0.0


def event_label_texts(frame: pd.DataFrame) -> np.ndarray:
    """Each row's label: its headline, or its title where there is no headline."""
    title = frame["title"].astype(str) if "title" in frame else pd.Series([""] * len(frame), index=frame.index)
    if "headline" not in frame:
        return title.to_numpy(dtype=object)
    headline = frame["headline"].fillna("").astype(str)
    return headline.where(headline.str.strip() != "", title).to_numpy(dtype=object)


def wrap_lines(text: str, width: int, max_lines: int) -> tuple[str, ...]:
    """`text` on at most `max_lines` lines of at most `width` characters, broken between words;
    what does not fit ends the last line with "…"."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        if len(word) > width:
            word = word[: width - 1] + "…"
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            break
    else:
        if current:
            lines.append(current)
        return tuple(lines)
    last = lines[max_lines - 1]
    lines[max_lines - 1] = (last if len(last) < width else last[: width - 1].rstrip()) + "…"
    return tuple(lines[:max_lines])


def place_labels(
    x_px: np.ndarray,
    texts: Sequence[str],
    priority: np.ndarray,
    *,
    levels: int,
    line_chars: int,
    max_lines: int,
    row_px: float,
    width_px: float,
    first_px: float = FIRST_ROW_PX,
    groups: np.ndarray | None = None,
) -> list[Placed]:
    """Labels that fit without overlapping, for points at `x_px` (pixels from the plot's left edge).

    `priority`: higher is placed first (NaN x: not labelled).  `levels` rows each side of the markers,
    `row_px` apart, the first `first_px` from the lane's line (clear of the stacked markers).  Points outside
    [0, `width_px`] are not labelled: they are outside the opening window.  `groups` (the lane of each
    point): labels of different lanes never compete for a row.
    """
    x_px = np.asarray(x_px, dtype=float)
    candidates = np.flatnonzero(np.isfinite(x_px) & (x_px >= 0) & (x_px <= width_px))
    if len(candidates) == 0 or levels < 1:
        return []
    # Highest priority first, then by date; only the first MAX_LABEL_CANDIDATES are tried.
    ranked = candidates[np.lexsort((x_px[candidates], -np.asarray(priority, dtype=float)[candidates]))]
    ranked = ranked[:MAX_LABEL_CANDIDATES]
    # Which side an event tries first alternates in date order.
    by_x = ranked[np.argsort(x_px[ranked], kind="stable")]
    above_first = {int(point): i % 2 == 0 for i, point in enumerate(by_x.tolist())}
    lane = np.zeros(len(x_px), dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
    taken: dict[tuple[int, int], list[tuple[float, float]]] = {}
    placed: list[Placed] = []
    for point in ranked.tolist():
        lines = wrap_lines(str(texts[point]), line_chars, max_lines)
        if not lines:
            continue
        half = (max(len(line) for line in lines) * CHAR_PX + PAD_PX) / 2
        dx = max(half - x_px[point], 0.0) + min(width_px - half - x_px[point], 0.0)
        left, right = x_px[point] + dx - half, x_px[point] + dx + half
        sides = (-1, 1) if above_first[point] else (1, -1)
        group = int(lane[point])
        for level in range(1, levels + 1):
            slot = next(
                (
                    side * level
                    for side in sides
                    if all(right + GAP_PX <= a or left - GAP_PX >= b for a, b in taken.get((group, side * level), ()))
                ),
                0,
            )
            if slot:
                taken.setdefault((group, slot), []).append((left, right))
                height = len(lines) * LINE_PX + PAD_PX
                dy = (first_px + (abs(slot) - 1) * row_px + height / 2) * (1 if slot > 0 else -1)
                placed.append(Placed(point, lines, dy, dx))
                break
    return placed


def label_annotations(
    placed: Sequence[Placed], x: np.ndarray, y: np.ndarray, lane_y: np.ndarray, unit_px: float, escape: Any
) -> list[dict[str, Any]]:
    """Plotly annotations of placed labels: text escaped by `escape`, a leader line to the marker.

    A label's box is set in data units on the y axis (`ayref` "y"; the axis runs downwards, one lane per
    unit, `unit_px` pixels each) at `dy` from its lane's line `lane_y`, so the rows of labels stay apart
    however the markers under them are stacked.

    The farthest rows come first: Plotly draws later annotations on top, so a near label's box covers
    the leader line of a far one rather than the line crossing its text."""
    placed = sorted(placed, key=lambda label: -abs(label.dy))
    return [
        {
            "x": str(np.datetime_as_string(x[label.point], unit="s")),
            "y": float(y[label.point]),
            "xref": "x",
            "yref": "y",
            "text": "<br>".join(escape(line) for line in label.lines),
            "showarrow": True,
            "ax": label.dx,
            "ay": float(lane_y[label.point] + label.dy / unit_px),
            "ayref": "y",
            "arrowhead": 0,
            "arrowwidth": 1,
            "arrowcolor": "#8a8f98",
            "standoff": 6,
            "font": LABEL_FONT,
            "align": "center",
            "bgcolor": "rgba(255, 255, 255, 0.9)",
            "bordercolor": "#c9ced6",
            "borderwidth": 1,
            "borderpad": 2,
            "captureevents": False,
            "name": "event-label",
        }
        for label in placed
    ]
