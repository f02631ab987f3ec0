"""How fast this machine is today, as one figure the benchmarks print beside theirs.

The same requests on the same 2-core machine ran two to three times slower in one session than in another (README,
"Performance"), and the same loop took 0.8 s to 1.8 s within a session. `loop_seconds()` times a fixed pure-Python
loop (the best of three, so a passing hiccup does not count), so that two tables can at least be told apart by it.
"""

import time

STEPS = 10_000_000


def loop_seconds() -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for i in range(STEPS):
            total += i * i
        best = min(best, time.perf_counter() - started)
    return best


def described() -> str:
    return f"machine: a 10-million-step Python loop takes {loop_seconds():.2f} s (README, \"Performance\")"
