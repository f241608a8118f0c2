"""The fast CSV writer writes what pandas' `to_csv` writes, byte for byte."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from timeline.view.export import guard_formulas, write_csv

TRICKY = [
    "plain",
    "",
    "comma, inside",
    'a "quoted" word',
    "line\nbreak",
    "carriage\rreturn",
    "crlf\r\nend",
    "=SUM(A1)",
    " leading and trailing ",
    "Gökçe Şahin – «Tripoli» 😀",
    '"',
    ",",
    "tab\there",
    "x" * 5000,
]


def _frame(n: int) -> pd.DataFrame:
    texts = [TRICKY[i % len(TRICKY)] for i in range(n)]
    return pd.DataFrame(
        {
            "text": pd.array(texts, dtype="str"),
            "n": pd.Series(range(-3, n - 3), dtype="int64"),
            "other": pd.array(list(reversed(texts)), dtype="str"),
            "missing": pd.array([None if i % 3 == 0 else "v" for i in range(n)], dtype="str"),
        }
    )


@pytest.mark.parametrize("lineterminator", ["\n", "\r\n"])
@pytest.mark.parametrize("n", [0, 1, len(TRICKY), 45_001])
def test_same_bytes_as_pandas(n: int, lineterminator: str) -> None:
    frame = guard_formulas(_frame(n))
    expected = io.StringIO()
    frame.to_csv(expected, index=False, lineterminator=lineterminator)
    got = io.StringIO()
    write_csv(frame, got, lineterminator)
    assert got.getvalue() == expected.getvalue()


def test_other_column_types_go_through_pandas() -> None:
    frame = pd.DataFrame({"x": [1.5, float("nan")], "flag": [True, False], "s": ["a,b", "c"]})
    expected = io.StringIO()
    frame.to_csv(expected, index=False)
    got = io.StringIO()
    write_csv(frame, got)
    assert got.getvalue() == expected.getvalue() == 'x,flag,s\n1.5,True,"a,b"\n,False,c\n'
