"""What every benchmark shares: child processes measured alone, medians, PASS/FAIL."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs

LAUNCHER = Path(__file__).resolve().with_name("_launch.py")
MIN_ROUNDS = 3


@attrs.frozen
class ChildRun:
    seconds: float
    peak_kib: int  # the largest single process of the command (see _launch.py)
    launcher_kib: int  # the launcher's own peak: the floor under peak_kib
    stdout: str


def run_child(cmd: Sequence[str], *, cwd: Path | None = None) -> ChildRun:
    """Run ``cmd`` (its first item a path to the program) from a small launcher."""
    with tempfile.NamedTemporaryFile("r", suffix=".launch") as result:
        proc = subprocess.run(
            [sys.executable, "-S", str(LAUNCHER), result.name, *cmd],
            capture_output=True,
            text=True,
            cwd=cwd,
        )
        line = Path(result.name).read_text().split()
    if proc.returncode != 0 or not line or line[2] != "0":
        raise SystemExit(f"{cmd[0]} failed: {proc.stderr[-800:]}")
    return ChildRun(float(line[0]), int(line[1]), int(line[3]), proc.stdout)


def median_run(cmd: Sequence[str], rounds: int, *, cwd: Path | None = None) -> ChildRun:
    """The median time and the highest peak memory over ``rounds`` runs of ``cmd``."""
    runs = [run_child(cmd, cwd=cwd) for _ in range(rounds)]
    return ChildRun(
        statistics.median(r.seconds for r in runs),
        max(r.peak_kib for r in runs),
        max(r.launcher_kib for r in runs),
        runs[-1].stdout,
    )


def rounds_option(parser: argparse.ArgumentParser, default: int = MIN_ROUNDS) -> None:
    def at_least(text: str) -> int:
        value = int(text)
        if value < MIN_ROUNDS:
            raise argparse.ArgumentTypeError(f"medians need at least {MIN_ROUNDS} rounds")
        return value

    parser.add_argument("--rounds", type=at_least, default=default)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def target(label: str, value: str, ok: bool) -> str:
    """One line of a benchmark's targets table."""
    return f"{label}: {value} {verdict(ok)}"


def mb(kib: int) -> str:
    return f"{kib / 1024:.0f} MB"
