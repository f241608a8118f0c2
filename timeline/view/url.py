"""The view's URL form: a link reproduces what the analyst sees.

Parsing a URL never raises: a value that cannot be used is dropped and reported as a notice naming
the parameter, and the rest of the view stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from timeline.view.state import (
    DATE_BASES,
    DATE_MAX,
    DATE_MIN,
    DEFAULT_LANE,
    MAX_PICKS,
    MAX_QUERY_CHARS,
    NO_PRECISION,
    PRECISIONS,
    STATUSES,
    Choices,
    Filters,
    View,
)

# URL parameter names, in the order they are written.
P_FROM, P_TO, P_TEXT, P_DOC, P_OUTLET = "from", "to", "q", "doc", "outlet"


P_PRECISION, P_STATUS, P_BASIS, P_LANE, P_EVENT = "precision", "status", "basis", "lane", "event"


P_ACTOR, P_TYPE, P_KEY, P_KEY_TYPE = "actor", "type", "key", "keytype"


P_PIN, P_DROP = "pin", "drop"


PARAMETERS: tuple[str, ...] = (
    P_FROM, P_TO, P_TEXT, P_DOC, P_OUTLET, P_ACTOR, P_TYPE, P_PRECISION, P_STATUS, P_BASIS,
    P_LANE, P_KEY, P_KEY_TYPE, P_PIN, P_DROP, P_EVENT,
)  # fmt: skip


# `keytype=none`: no type is key (only several sources and pins); no `keytype`: the taxonomy's key types.
NO_KEY_TYPES = "none"


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


_EVENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


_NOTICE_VALUE_CHARS = 60


def to_query(view: View) -> dict[str, str | list[str]]:
    """The view as URL parameters; defaults are left out so a plain URL means "everything"."""
    f = view.filters
    out: dict[str, str | list[str]] = {}
    if f.start is not None:
        out[P_FROM] = f.start.isoformat()
    if f.end is not None:
        out[P_TO] = f.end.isoformat()
    if f.text.strip():
        out[P_TEXT] = f.text.strip()
    for name, values in (
        (P_DOC, f.docs),
        (P_OUTLET, f.outlets),
        (P_ACTOR, f.actors),
        (P_TYPE, f.types),
        (P_PRECISION, f.precisions),
        (P_STATUS, f.statuses),
        (P_BASIS, f.bases),
    ):
        if values:
            out[name] = list(values)
    if view.lane != DEFAULT_LANE:
        out[P_LANE] = view.lane
    if not view.key_events:
        out[P_KEY] = "0"
    if view.key_types is not None:
        out[P_KEY_TYPE] = list(view.key_types) or NO_KEY_TYPES
    if view.pinned:
        out[P_PIN] = list(view.pinned)
    if view.dropped:
        out[P_DROP] = list(view.dropped)
    if view.selected:
        out[P_EVENT] = view.selected
    return out


def parse_query(params: Mapping[str, Sequence[str] | str], choices: Choices) -> tuple[View, list[str]]:
    """The view a URL describes, and one notice per parameter (or value) that was ignored.

    `params` maps each parameter to all its values (a repeated parameter
    gives several); a plain string is taken as a single value.
    """
    values = {k: ([v] if isinstance(v, str) else [str(x) for x in v]) for k, v in params.items()}
    notices: list[str] = []
    for key in values:
        if key not in PARAMETERS:
            notices.append(f"URL parameter {_show(key)} is unknown and was ignored.")

    start = _date_param(values, P_FROM, notices)
    end = _date_param(values, P_TO, notices)
    if start is not None and end is not None and start > end:
        notices.append(f"URL parameters 'from' ({start}) and 'to' ({end}): 'from' is after 'to'; date range ignored.")
        start = end = None
    filters = Filters(
        start=start,
        end=end,
        text=_text_param(values, notices),
        docs=_member_param(values, P_DOC, choices.docs, notices),
        outlets=_member_param(values, P_OUTLET, choices.outlets, notices),
        precisions=_member_param(values, P_PRECISION, (*PRECISIONS, NO_PRECISION), notices),
        statuses=_member_param(values, P_STATUS, STATUSES, notices),
        bases=_member_param(values, P_BASIS, DATE_BASES, notices),
        actors=_member_param(values, P_ACTOR, choices.actors, notices),
        types=_member_param(values, P_TYPE, choices.types, notices),
    )
    lane = _single(values, P_LANE, notices)
    if lane is not None and lane not in choices.lanes:
        notices.append(f"URL parameter 'lane': {_show(lane)} is not one of {', '.join(choices.lanes)}; ignored.")
        lane = None
    selected = _single(values, P_EVENT, notices)
    if selected is not None and not _EVENT_ID.match(selected):
        notices.append(f"URL parameter 'event': {_show(selected)} is not an event id; ignored.")
        selected = None
    key_events = _flag_param(values, P_KEY, notices, default=True)
    key_types: tuple[str, ...] | None = None
    if any(v.strip() for v in values.get(P_KEY_TYPE, [])):
        # "none" is a type's name only when the taxonomy has such a type.
        named = [v for v in values[P_KEY_TYPE] if v.strip() != NO_KEY_TYPES or NO_KEY_TYPES in choices.types]
        key_types = _member_param({P_KEY_TYPE: named}, P_KEY_TYPE, choices.types, notices)
        if named and not key_types:
            key_types = None  # nothing usable named: the defaults, not "no type is key"
    pinned, dropped = _ids_param(values, P_PIN, notices), _ids_param(values, P_DROP, notices)
    pinned = tuple(e for e in pinned if e not in set(dropped))
    view = View(filters, lane or DEFAULT_LANE, selected or "", key_events, key_types, pinned, dropped)
    return view, notices


def drop_unknown_selection(
    view: View, known_ids: Collection[str], known_events: Collection[str] | None = None
) -> tuple[View, list[str]]:
    """The view without a selected mention, or pinned/dropped events, that the corpus does not have
    (documents may have changed); `known_events` None: pins and drops are not checked."""
    notices: list[str] = []
    if view.selected and view.selected not in known_ids:
        notices.append(f"URL parameter 'event': no event {_show(view.selected)} in these documents; ignored.")
        view = replace(view, selected="")
    if known_events is not None:
        for name, ids in ((P_PIN, view.pinned), (P_DROP, view.dropped)):
            unknown = [e for e in ids if e not in known_events]
            if unknown:
                listed = ", ".join(_show(e) for e in unknown[:5]) + (" …" if len(unknown) > 5 else "")
                notices.append(f"URL parameter {_show(name)}: no event {listed} in these documents; ignored.")
        view = replace(
            view,
            pinned=tuple(e for e in view.pinned if e in known_events),
            dropped=tuple(e for e in view.dropped if e in known_events),
        )
    return view, notices


def _single(values: Mapping[str, list[str]], name: str, notices: list[str]) -> str | None:
    given = [v for v in values.get(name, []) if v.strip()]
    if not given:
        return None
    if len(given) > 1:
        notices.append(f"URL parameter {_show(name)} is given {len(given)} times; the first value is used.")
    return given[0].strip()


def _date_param(values: Mapping[str, list[str]], name: str, notices: list[str]) -> dt.date | None:
    raw = _single(values, name, notices)
    if raw is None:
        return None
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError:
        notices.append(f"URL parameter {_show(name)}: {_show(raw)} is not a date (YYYY-MM-DD); ignored.")
        return None
    if not DATE_MIN <= day <= DATE_MAX:
        notices.append(f"URL parameter {_show(name)}: {raw} is outside {DATE_MIN.year}–{DATE_MAX.year}; ignored.")
        return None
    return day


def _flag_param(values: Mapping[str, list[str]], name: str, notices: list[str], default: bool = False) -> bool:
    raw = _single(values, name, notices)
    if raw is None:
        return default
    if raw.lower() in _FALSE:
        return False
    if raw.lower() in _TRUE:
        return True
    notices.append(f"URL parameter {_show(name)}: {_show(raw)} is not 1 or 0; ignored.")
    return default


def _ids_param(values: Mapping[str, list[str]], name: str, notices: list[str]) -> tuple[str, ...]:
    given = [v.strip() for v in values.get(name, []) if v.strip()]
    bad = [v for v in given if not _EVENT_ID.match(v)]
    if bad:
        listed = ", ".join(_show(v) for v in bad[:5]) + (" …" if len(bad) > 5 else "")
        notices.append(f"URL parameter {_show(name)}: {listed} is not an event id; ignored.")
    kept = tuple(dict.fromkeys(v for v in given if _EVENT_ID.match(v)))
    if len(kept) > MAX_PICKS:
        notices.append(f"URL parameter {_show(name)}: more than {MAX_PICKS} events; the first {MAX_PICKS} are used.")
    return kept[:MAX_PICKS]


def _text_param(values: Mapping[str, list[str]], notices: list[str]) -> str:
    raw = _single(values, P_TEXT, notices) or ""
    if len(raw) > MAX_QUERY_CHARS:
        notices.append(f"URL parameter 'q' is longer than {MAX_QUERY_CHARS} characters; it was shortened.")
        raw = raw[:MAX_QUERY_CHARS]
    return raw


def _member_param(
    values: Mapping[str, list[str]], name: str, allowed: Sequence[str], notices: list[str]
) -> tuple[str, ...]:
    given = [v.strip() for v in values.get(name, []) if v.strip()]
    allowed_set = set(allowed)
    kept = tuple(dict.fromkeys(v for v in given if v in allowed_set))
    unknown = [v for v in given if v not in allowed_set]
    if unknown:
        listed = ", ".join(_show(v) for v in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        hint = f" (expected one of {', '.join(allowed)})" if len(allowed) <= 8 else ""
        notices.append(f"URL parameter {_show(name)}: unknown value(s) {listed} ignored{hint}.")
    return kept


def _show(value: str) -> str:
    """A URL value for a notice: quoted, shortened, control characters made visible."""
    short = value if len(value) <= _NOTICE_VALUE_CHARS else value[:_NOTICE_VALUE_CHARS] + "…"
    return repr(short)
