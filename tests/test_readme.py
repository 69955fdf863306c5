"""The README's set-up commands and walkthrough, run as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_exactly_two_setup_commands() -> None:
    setup = README.read_text(encoding="utf-8").split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)```", setup, re.DOTALL)
    assert len(commands) == 2
    assert all(len(c.strip().splitlines()) == 1 for c in commands)
    assert "provenance archive https://" in commands[0]
    assert "pytest" in commands[1]


def test_walkthrough_runs(tmp_path: Path) -> None:
    walkthrough = next(b for b in blocks() if "provenance verify citation.json" in b)
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(
        ["bash", "-c", "set -u\n" + walkthrough],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "(SEED COPY, not fetched live)" in out
    assert "q-6a3ffd75c2719cf1  direct   Musa Abu Marzuk" in out
    assert "> \u201cTrufanov will definitely be released" in out
    assert "verified: all " in out
    assert "provenance: NOT verified: record sha256" in proc.stderr
    assert "provenance: NOT verified: speaker chain" in proc.stderr
    assert "quote verified, claims not checked: text position, speaker re-derived" in out
    assert "exit code 6" in out
    assert out.rstrip().endswith("exit code 1")
