"""Resident memory of processes and their children, read from /proc (Linux; elsewhere it reads as 0)."""

from __future__ import annotations

import os

_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def children(pid: int) -> list[int]:
    """The direct children of a process, started by any of its threads."""
    found: list[int] = []
    try:
        for thread in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{thread}/children", encoding="ascii") as handle:
                found.extend(int(child) for child in handle.read().split())
    except OSError:  # the process (or a thread) ended while we looked
        pass
    return found


def tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children(current))
    return found


def _statm(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return [int(field) for field in handle.read().split()]
    except (OSError, ValueError):
        return [0] * 7


def resident_mb(pids: list[int]) -> float:
    """Resident memory (RSS) of the processes together, in MiB."""
    return sum(_statm(pid)[1] for pid in pids) * _PAGE_MB


def data_mb(pid: int) -> float:
    """Private writable memory of a process (what RLIMIT_DATA counts), in MiB."""
    return _statm(pid)[5] * _PAGE_MB
