"""Named exceptions: raised inside the package, turned into messages at its edges (CLI, dashboard)."""

from __future__ import annotations


class TimelineError(Exception):
    """A problem the user can act on; its message names the input and the problem."""


class DataFileError(TimelineError):
    """A data file a user gave (actors, event types, debris patterns) that is missing or malformed."""


class DocumentError(TimelineError):
    """A file that cannot become a document; the message names the problem."""


class PeriodRangeError(TimelineError, ValueError):
    """A calendar period outside the years 1-9999 that dates can hold ("300 decades ago", "9999-12-31 + 1 day").

    A ValueError too, so callers that already treat an impossible date as unresolved keep doing so.
    """


class ClusterError(TimelineError):
    """A Dask cluster that cannot run extraction: workers without timeline, or that cannot see the documents."""
