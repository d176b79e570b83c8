"""The one value extract() returns: a signal kind, its evidence span and its attributes."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

KINDS: tuple[str, ...] = ("weapons_test", "escalation", "deadline", "moratorium")

Kind = Literal["weapons_test", "escalation", "deadline", "moratorium"]


class Match(BaseModel):
    """One signal: `text == source[start:end]`; attrs hold only JSON values (str, list, None)."""

    model_config = ConfigDict(frozen=True)

    kind: Kind
    start: int
    end: int
    text: str
    attrs: dict[str, Any]
