"""The one place a failed event becomes a dead letter, so an agent never stops on bad input."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiokafka.errors import KafkaError
from faust.types import EventT
from pydantic import ValidationError

from streams import metrics
from streams.models import DeadLetter
from streams.topics import dead_letters

logger = logging.getLogger(__name__)


class OversizedMessage(ValueError):
    """A message larger than `max_message_bytes`: refused before parsing."""


def reason_of(exc: BaseException) -> str:
    """A short, stable class of failure that dead-letter readers can filter on."""
    if isinstance(exc, OversizedMessage):
        return "oversized"
    if isinstance(exc, ValidationError | UnicodeDecodeError):
        return "invalid"
    return "error"


def dead_letter_for(
    event: EventT, exc: BaseException, *, agent: str, reason: str | None = None
) -> DeadLetter:
    msg = event.message
    value = msg.value if isinstance(msg.value, bytes) else str(msg.value).encode()
    key = msg.key if isinstance(msg.key, bytes | None) else str(msg.key).encode()
    return DeadLetter.for_message(
        topic=msg.topic, partition=msg.partition, offset=msg.offset, key=key, value=value,
        reason=reason or reason_of(exc), error=f"{type(exc).__name__}: {exc}", agent=agent,
    )


@asynccontextmanager
async def dead_letter_on_error(event: EventT, *, agent: str) -> AsyncIterator[None]:
    """Turn any failure while handling one event into a dead letter; the stream goes on."""
    try:
        yield
    except KafkaError:
        raise  # the broker, not the message, failed: let Faust retry rather than drop it
    except Exception as exc:  # noqa: BLE001 -- the one broad except: the boundary between events
        await send_dead_letter(event, exc, agent=agent)


async def send_dead_letter(
    event: EventT, exc: BaseException, *, agent: str, reason: str | None = None
) -> None:
    """Keep the event whole on the dead-letter topic, with why it failed."""
    letter = dead_letter_for(event, exc, agent=agent, reason=reason)
    logger.warning(
        "dead letter topic=%s partition=%d offset=%d reason=%s error=%s",
        letter.topic, letter.partition, letter.offset, letter.reason, letter.error[:200],
    )
    await dead_letters.send(key=letter.topic.encode(), value=letter.to_wire())
    metrics.DEAD_LETTERS.labels(agent, letter.reason).inc()
