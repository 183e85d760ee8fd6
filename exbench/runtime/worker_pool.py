"""The worker processes of workers.py: each runs one task at a time, and the parent knows which."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from exbench.runtime.process_memory import resident_mb, tree
from exbench.runtime.worker_process import worker_main

MIN_WORKER_MB = 160  # a worker with the language models loaded holds 130 MB
_OTHERS_EVERY_S = 1.0
_CONTEXT = multiprocessing.get_context("spawn")


@dataclass
class Task:
    """A task in a worker: its memory allowance (RLIMIT_DATA beyond what the worker held) and the most it was seen using."""

    id: int
    key: str
    started: float
    allowance_mb: float
    peak_data_mb: float = 0.0
    alone: bool = False  # run with the pool to itself, after needing more memory than its share beside others


@dataclass
class Worker:
    """A worker process, the parent's end of its pipe, the task it runs (None when idle) and its last resident memory."""

    process: Any
    conn: Connection
    task: Task | None = None
    resident: float = 0.0

    def kill(self) -> None:
        """Kill the worker and whatever it started (Tesseract), then reap it."""
        if self.process.exitcode is None:  # not reaped yet, so its pid (and its children's) are still its own
            for pid in reversed(tree(self.process.pid)):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        self.process.join(timeout=5)
        self.conn.close()


@dataclass
class Pool:
    """Workers started together and replaced one by one, with what the rest of the process tree holds."""

    size: int
    workers: list[Worker] = field(default_factory=list)
    others_mb: float = 0.0
    others_at: float = float("-inf")

    def __post_init__(self) -> None:
        self.workers = [self._spawn() for _ in range(self.size)]

    @staticmethod
    def _spawn() -> Worker:
        ours, theirs = _CONTEXT.Pipe()
        main_thread = threading.current_thread() is threading.main_thread()
        process = _CONTEXT.Process(
            target=worker_main, args=(theirs, os.getpid(), main_thread), name="exbench-worker", daemon=True
        )
        process.start()
        theirs.close()
        return Worker(process, ours)

    def replace(self, worker: Worker) -> None:
        worker.kill()
        self.workers[self.workers.index(worker)] = self._spawn()

    def busy(self) -> list[Worker]:
        return [worker for worker in self.workers if worker.task is not None]

    def start(self, worker: Worker, task: Task, payload: bytes, timeout_s: int) -> None:
        message = (task.id, payload, timeout_s, task.allowance_mb)
        try:
            worker.conn.send(message)
        except OSError:  # it died while idle: a new one in its place takes the task
            slot = self.workers.index(worker)
            self.replace(worker)
            worker = self.workers[slot]
            worker.conn.send(message)
        worker.task = task

    def left_for_workers(self, budget_mb: int) -> float:
        """What the budget leaves the workers once the rest of the tree is counted (re-measured every second)."""
        if time.monotonic() - self.others_at > _OTHERS_EVERY_S:
            ours = {pid for worker in self.workers for pid in tree(worker.process.pid)}
            self.others_mb = resident_mb([pid for pid in tree(os.getpid()) if pid not in ours])
            self.others_at = time.monotonic()
        return max(budget_mb - self.others_mb, MIN_WORKER_MB * self.size)

    def allowance_mb(self, worker: Worker, budget_mb: int) -> float:
        """What a task may allocate beyond what its worker holds: the workers' part of the budget less what the
        other workers hold now (the RLIMIT_DATA backstop; the sampling watches the sum as it changes)."""
        others = sum(other.resident for other in self.workers if other is not worker)
        return max(self.left_for_workers(budget_mb) - others - worker.resident, MIN_WORKER_MB / 2)

    def close(self, wait_s: float = 0) -> None:
        for worker in self.workers:
            if worker.task is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            else:
                worker.kill()
        for worker in self.workers:
            worker.process.join(timeout=wait_s)
            if worker.process.is_alive():
                worker.kill()
            worker.conn.close()
