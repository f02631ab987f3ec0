"""`make run`'s one command: the web server and a worker start together and stop together."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from candidates.management.commands.rundev import descendants

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "rundev", "--port", str(port), "--concurrency", "1"],
        cwd=ROOT, env={**os.environ, "DEBUG": "1"}, start_new_session=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def children_of(process: subprocess.Popen) -> list[str]:
    out = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(process.pid)], capture_output=True, text=True)
    return out.stdout.strip().splitlines()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True).stdout
    return not state.startswith("Z")  # a zombie is gone, only not yet reaped by its parent


def test_ctrl_c_stops_the_server_and_the_worker():
    port = free_port()
    process = start(port)
    deadline = time.monotonic() + 60
    while True:
        try:
            assert urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=2).status == 200
            break
        except OSError:
            assert time.monotonic() < deadline, process.stdout.read()
            time.sleep(0.5)
    assert len(children_of(process)) == 2
    tree = descendants(process.pid)  # the server, its reloader's child, the worker, its pool and beat
    assert len(tree) >= 5, tree
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C
    assert process.wait(timeout=40) == 0
    assert [pid for pid in tree if alive(pid)] == []
    assert "Stopped the web server and the worker." in process.stdout.read()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=2)


def test_a_server_that_cannot_start_stops_the_worker_too():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        process = start(taken.getsockname()[1])
        assert process.wait(timeout=60) == 1
    output = process.stdout.read()
    assert "That port is already in use" in output
    assert "runserver" in output and "exited with code 1" in output
