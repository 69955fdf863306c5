"""Run one command and record its wall time and peak memory, apart from the benchmark.

Usage: python -S benchmarks/_launch.py RESULT_FILE PROGRAM ARG...

Why a launcher: the ``ru_maxrss`` that ``os.wait4`` reports for a child is
the largest resident set of the child's memory maps, and that includes the
map the child had before it called exec, which is a copy of (or, with vfork,
the very same as) its parent's. A benchmark that built a large synthetic file
in memory would then see its own peak in every child it starts. This small
process (started with ``-S``, importing only what is built in) starts the
command, so the map handed over at exec is the launcher's, a few MB; its own
high-water mark (VmHWM) is written too, as the floor of the measurement.

``ru_maxrss`` from wait4 also covers the command's own waited-for children
(worker processes): it is the peak of the largest single process of the tool.

The result file gets one line: ``seconds peak_kib exit_code launcher_kib``.
"""

import os
import sys
import time


def _vm_hwm_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    result, program, args = sys.argv[1], sys.argv[2], sys.argv[2:]
    floor = _vm_hwm_kib()
    start = time.perf_counter()
    pid = os.posix_spawn(program, args, os.environ)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    with open(result, "w") as fh:
        fh.write(f"{elapsed} {usage.ru_maxrss} {code} {floor}\n")
    return 0 if code == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
