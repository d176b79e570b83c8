"""Subscribe to the alerts topic from any point and print alerts, as an analyst reads them."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import TextIO

from aiokafka import AIOKafkaConsumer
from pydantic import ValidationError
from rich.console import Console

from streams.models import Alert
from streams.settings import Settings
from streams.subscriptions import AlertFilter
from streams.topic_admin import assign_from_beginning

logger = logging.getLogger(__name__)
EVERY_ALERT = AlertFilter()  # frozen: one shared default


async def read_alerts(
    settings: Settings, topic: str, *, follow: bool, idle: float = 5.0,
    since: datetime | None = None,
) -> AsyncIterator[Alert]:
    """Alerts from the start of the topic (or from `since`, by record timestamp); without
    `follow`, stop at the end seen at start."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False,
        auto_offset_reset="earliest", isolation_level="read_committed",
    )
    await consumer.start()
    try:
        partitions = await assign_from_beginning(consumer, topic)
        if since is not None:
            stamp = int(since.timestamp() * 1000)
            found = await consumer.offsets_for_times({tp: stamp for tp in partitions})
            for tp, at in found.items():
                if at is not None:
                    consumer.seek(tp, at.offset)
        ends = await consumer.end_offsets(partitions)
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle * 1000))
            for records in batch.values():
                for record in records:
                    try:
                        yield Alert.model_validate_json(record.value or b"")
                    except ValidationError as exc:
                        logger.warning("unreadable alert offset=%d error=%s", record.offset, exc)
            if not follow:
                positions = {tp: await consumer.position(tp) for tp in partitions}
                if all(positions[tp] >= ends[tp] for tp in partitions) or not batch:
                    return
    finally:
        await consumer.stop()


def render(alert: Alert, console: Console) -> None:
    """One alert as a short readable block: what, how bad, why now, and the quote behind it."""
    colour = {"critical": "bold red", "high": "red", "medium": "yellow"}.get(alert.severity, "cyan")
    facts = [f"actors={','.join(alert.actors) or '?'}"]
    if alert.due:
        facts.append(f"due={alert.due}")
    if alert.moratorium_status:
        facts.append(f"status={alert.moratorium_status} scope={','.join(alert.scope) or '?'}")
    if alert.weapon:
        facts.append(f"weapon={','.join(alert.weapon)}")
    facts.append(f"articles={alert.corroborating_articles}")
    console.print(
        f"[{colour}]{alert.severity.upper():8}[/] [bold]{alert.kind}[/] {alert.status} "
        f"r{alert.revision}: {alert.reason}  {' '.join(facts)}  [dim]{alert.id}[/]"
    )
    for ev in alert.evidence[:1]:
        who = f"{ev.quoted}, " if ev.quoted else ""
        where = ev.url or ev.source or ev.article_id
        console.print(f"    “{ev.text}” [dim]({who}{where}, {ev.published.date()})[/]")


async def print_alerts(
    settings: Settings, *, follow: bool, as_json: bool, idle: float,
    only: AlertFilter = EVERY_ALERT, out: TextIO = sys.stdout,
) -> int:
    """Print each alert that passes the filter (JSON lines or rich text); returns the count."""
    from streams.topics import ALERTS

    console = Console(file=out, highlight=False)
    count = 0
    async for alert in read_alerts(settings, ALERTS, follow=follow, idle=idle, since=only.since):
        if not only.matches(alert, now=datetime.now(UTC)):
            continue
        if as_json:
            out.write(alert.model_dump_json() + "\n")
            out.flush()
        else:
            render(alert, console)
        count += 1
    return count
