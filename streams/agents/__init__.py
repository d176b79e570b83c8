"""Faust agents, one per module; `streams.app` autodiscovers them."""

from __future__ import annotations

import importlib
import pkgutil


def import_agents() -> list[str]:
    """Import every agent module so an error fails the worker (autodiscovery only warns)."""
    names = [f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__)]
    for name in names:
        importlib.import_module(name)
    return names
