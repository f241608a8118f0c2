"""Named exceptions: raised inside the package, turned into messages at its edges (CLI, dashboard)."""

from __future__ import annotations


class TimelineError(Exception):
    """A problem the user can act on; its message names the input and the problem."""


class DataFileError(TimelineError):
    """A data file a user gave (actors, event types, debris patterns) that is missing or malformed."""


class DocumentError(TimelineError):
    """A file that cannot become a document; the message names the problem."""
