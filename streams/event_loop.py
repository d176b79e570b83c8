"""Which asyncio event loop the worker runs on.

uvloop (libuv, in C) runs the same asyncio programs with less overhead per callback, task and
socket write. In the worker that overhead is a large share of the cost of each message
(Faust's consumer thread hands every fetch over with call_soon_threadsafe, every send is a
future and a socket write), so the worker runs on uvloop unless told otherwise.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

logger = logging.getLogger(__name__)

EventLoopName = Literal["asyncio", "uvloop"]


def install_event_loop(name: EventLoopName) -> str:
    """Make `name` the event loop policy for every loop created from now on (Faust's main loop
    and its consumer thread's); falls back to asyncio's own loop, with a warning, when uvloop is
    not installed (e.g. on Windows). Returns the loop actually installed."""
    if name == "uvloop":
        try:
            import uvloop  # optional at import time, chosen by configuration
        except ImportError:
            logger.warning("uvloop is not installed; the worker runs on asyncio's own event loop")
        else:
            asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
            return "uvloop"
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
    return "asyncio"
