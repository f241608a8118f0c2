"""The README's two commands: `.ci/run` runs exactly the README's test command, and each command installs the
requirements file that holds what it then runs.  They were kept in step by hand until session 14."""

from __future__ import annotations

import re
import shlex

from conftest import ROOT

TEST_LEAD = "Run the whole test suite"
DASHBOARD_LEAD = "Start the dashboard on `seeds/`"


def readme_command(lead: str) -> list[list[str]]:
    """The indented command block after the README paragraph that starts with `lead`, as its `&&`-joined steps,
    each split into words."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(lead)]
    assert len(starts) == 1, f"README.md needs exactly one paragraph starting {lead!r}"
    block = next(line for line in lines[starts[0] + 1 :] if line.startswith("    "))
    return [shlex.split(step) for step in block.strip().split("&&")]


def ci_steps() -> list[list[str]]:
    """The commands `.ci/run` runs, one a line, without comments, shell settings or the exit-code handling."""
    steps = []
    for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        steps += [shlex.split(step) for step in line.split("&&")]
    return steps


def quiet(words: list[str]) -> list[str]:
    """pip's `-q` only trims CI's log; it is no difference between the two commands."""
    return [w for w in words if w != "-q"]


def test_ci_runs_each_step_of_the_readme_test_command_in_order():
    readme = [quiet(step) for step in readme_command(TEST_LEAD)]
    ci = [quiet(step) for step in ci_steps()]
    positions = []
    for step in readme:
        assert step in ci, f".ci/run does not run the README's step {shlex.join(step)!r}"
        positions.append(ci.index(step))
    assert positions == sorted(positions), "the README's test steps run in another order in .ci/run"


def test_ci_runs_pytest_only_as_the_readme_says():
    """A second pytest line in .ci/run (other options, a narrower selection) would make CI test something other
    than what the README promises."""
    runs = [step for step in ci_steps() if "pytest" in step]
    assert runs == [step for step in readme_command(TEST_LEAD) if "pytest" in step]


def test_ci_handles_pytest_no_tests_exit_code():
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r'"\$rc" -eq 5', text), ".ci/run must say so when pytest collected no tests (exit 5)"


def test_each_command_installs_the_requirements_of_what_it_runs():
    dashboard = readme_command(DASHBOARD_LEAD)
    assert dashboard[-1][:3] == [".venv/bin/streamlit", "run", "dashboard.py"]
    assert any(step[-2:] == ["-r", "requirements.txt"] for step in dashboard)
    tests = readme_command(TEST_LEAD)
    assert any(step[-2:] == ["-r", "requirements-dev.txt"] for step in tests)
    dev = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8").splitlines()
    assert "-r requirements.txt" in dev, "the test command must install what the dashboard needs too"
