"""A process started for a run ends when the process that started it ends.

Linux delivers SIGKILL to a child whose parent died when the child asked for
it with prctl(PR_SET_PDEATHSIG); a watchdog thread covers the moment before
the request and systems without prctl, by noticing the parent changed.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent(kernel_signal: bool = True, parent_pid: int | None = None, poll_s: float = 1.0) -> None:
    """Ask the kernel to kill this process when its parent dies, and watch for it too.

    The kernel's signal fires when the parent's *thread* that started this
    process ends: pass kernel_signal=False for a process started from a thread
    that may end before the parent does (the watchdog alone then applies; it
    needs the GIL, which a C library may hold for a while). `parent_pid`, when
    the parent passed it, also catches a parent that died before this call.
    """
    parent = os.getppid() if parent_pid is None else parent_pid
    if kernel_signal:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_s)
        os._exit(1)

    threading.Thread(target=watch, name="exbench-parent-watch", daemon=True).start()
