"""The single entry point, `watchfloor`: commands parse arguments and call streams or connectors.

Kafka-side modules are imported inside the commands that need them, so `extract` and
`feeds parse` run offline without building the Faust app.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from streams.settings import get_settings
from streams.subscriptions import SEVERITIES, AlertFilter, parse_since

KEY_VALUE = re.compile(r"(\w+)=(\S+)")
OUR_LOGGERS = ("streams", "connectors")  # the modules that log key=value pairs


class JsonFormatter(logging.Formatter):
    """One JSON object per line; our key=value pairs become fields a log shipper can index."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "message": message,
        }
        fields = dict(KEY_VALUE.findall(message)) if record.name.startswith(OUR_LOGGERS) else {}
        if fields:
            entry["fields"] = fields
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: str, *, json_logs: bool = False) -> None:
    if not json_logs:
        logging.basicConfig(
            level=level.upper(), stream=sys.stderr,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)


@click.group()
@click.option("-l", "--loglevel", default="warning", show_default=True,
              type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False))
@click.pass_context
def main(ctx: click.Context, loglevel: str) -> None:
    """watchfloor: weapons-test, escalation, deadline and moratorium alerts from news feeds."""
    ctx.ensure_object(dict)
    ctx.obj["loglevel"] = loglevel
    setup_logging(loglevel, json_logs=get_settings().json_logs)


@main.command()
@click.pass_context
def worker(ctx: click.Context) -> None:
    """Run the Faust worker: articles -> signals -> alerts."""
    from streams.event_loop import install_event_loop

    loop = install_event_loop(get_settings().event_loop)  # before Faust creates its loops
    logging.getLogger(__name__).info("worker event loop=%s", loop)
    from faust import Worker

    import streams.web  # noqa: F401  # /health, /ready, /metrics and the lag timer
    from streams.agents import import_agents
    from streams.app import app
    from streams.topic_admin import ensure_topics, seed_committed_offsets

    import_agents()

    async def prepare() -> None:
        await ensure_topics(get_settings())
        await seed_committed_offsets(get_settings())

    asyncio.run(prepare())
    json_logs = get_settings().json_logs
    # Faust replaces the root handlers with its own unless told not to: keep JSON lines,
    # and no banner or spinner on stdout between them ("Ready" is then a log line).
    worker = Worker(app, loglevel=ctx.obj["loglevel"].upper(), override_logging=not json_logs,
                    quiet=json_logs)
    if json_logs:
        worker.spinner = None
    worker.execute_from_commandline()


@main.command()
@click.option("--once", is_flag=True, help="Poll every feed once, then exit.")
@click.option("--feed", "feed_urls", multiple=True, metavar="URL",
              help="Poll this feed instead of the configured ones (repeatable).")
@click.option("--interval", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds between polls for feeds without their own interval.")
def connector(once: bool, feed_urls: tuple[str, ...], interval: float | None) -> None:
    """Poll the configured feeds and publish new articles."""
    from connectors.feed_service import run_connector, with_feed_overrides
    from streams.topic_admin import ensure_topics

    try:
        settings = with_feed_overrides(get_settings(), urls=feed_urls, interval=interval)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--feed") from exc
    asyncio.run(ensure_topics(settings))
    asyncio.run(run_connector(settings, once=once))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def replay(paths: tuple[Path, ...]) -> None:
    """Publish seed articles (JSON or .txt files, or folders of them), as the connector would."""
    from connectors.producer import open_producer, send_articles
    from connectors.replay import ArticleFileError, read_article_files
    from streams.topic_admin import ensure_topics
    from streams.topics import ARTICLES

    try:
        items = list(read_article_files(paths))
    except ArticleFileError as exc:
        raise click.ClickException(str(exc)) from exc

    async def run() -> int:
        settings = get_settings()
        await ensure_topics(settings)
        async with open_producer(settings) as producer:
            return await send_articles(producer, ARTICLES, items)

    click.echo(f"replayed {asyncio.run(run())} articles", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "text"]), default="text",
              show_default=True)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def extract(fmt: str, paths: tuple[Path, ...]) -> None:
    """Extract signals from article files offline (no Kafka), one result per article."""
    from connectors.replay import ArticleFileError, read_article_files
    from streams.extraction_report import report_of

    try:
        for article in read_article_files(paths):
            report = report_of(article)
            if fmt == "jsonl":
                click.echo(report.model_dump_json())
            else:
                click.echo(report.as_text())
    except ArticleFileError as exc:
        raise click.ClickException(str(exc)) from exc


@main.group()
def alerts() -> None:
    """Read the alerts topic."""


@alerts.command("tail")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new alerts.")
@click.option("--json", "as_json", is_flag=True, help="One JSON alert per line.")
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["deadline", "moratorium", "weapons_test"]))
@click.option("--actor", "actors", multiple=True, help="ISO alpha-3 code, e.g. PRK.")
@click.option("--min-severity", type=click.Choice(list(SEVERITIES)))
@click.option("--status", "statuses", multiple=True, type=click.Choice(["new", "update"]))
@click.option("--due-within", help="Deadlines passing within this long from now, e.g. 7d.")
@click.option("--since", help="Alerts created since: 2d, an ISO date, or e.g. 'yesterday'.")
@click.option("--timeout", type=float, default=5.0, show_default=True,
              help="Without --follow: stop after this many idle seconds.")
def alerts_tail(
    follow: bool, as_json: bool, kinds: tuple[str, ...], actors: tuple[str, ...],
    min_severity: str | None, statuses: tuple[str, ...], due_within: str | None,
    since: str | None, timeout: float,
) -> None:
    """Print alerts from the alerts topic that match every filter given."""
    from streams.alert_reader import print_alerts
    from streams.topic_admin import ensure_topics

    try:
        only = AlertFilter.model_validate({
            "kinds": kinds, "actors": actors, "min_severity": min_severity,
            "statuses": statuses, "due_within": due_within,
            "since": since and parse_since(since, now=datetime.now(UTC)),
        })
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc

    async def run() -> None:
        settings = get_settings()
        await ensure_topics(settings)  # a subscriber may start before the worker
        await print_alerts(settings, follow=follow, as_json=as_json, idle=timeout, only=only)

    asyncio.run(run())


@alerts.command("schema")
def alerts_schema() -> None:
    """Print the JSON Schema of an Alert message (streams/schemas/alert.schema.json)."""
    from streams.alert_schema import alert_schema_json

    click.echo(alert_schema_json(), nl=False)


@main.group()
def bench() -> None:
    """Benchmarks against the real broker (not tests: they measure, they do not assert)."""


@bench.command("pipeline", context_settings={"ignore_unknown_options": True,
                                             "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench_pipeline(args: tuple[str, ...]) -> None:
    """End-to-end throughput and alert latency; `watchfloor bench pipeline --help` for options."""
    from streams.bench.pipeline import main as run_bench

    sys.exit(run_bench(list(args)))


@main.group()
def feeds() -> None:
    """Feed documents, offline."""


@feeds.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def feeds_parse(paths: tuple[Path, ...]) -> None:
    """Parse feed files and print their normalised articles as JSON lines."""
    from connectors.feed_files import parse_feed_files

    sys.exit(parse_feed_files(paths, out=sys.stdout, err=sys.stderr))


@feeds.command("import-opml")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def feeds_import_opml(path: Path) -> None:
    """Print an OPML file's feeds as [[connector.feeds]] tables to paste into watchfloor.toml."""
    from connectors.opml import OpmlError, feeds_as_toml, read_opml

    try:
        click.echo(feeds_as_toml(read_opml(path)), nl=False)
    except OpmlError as exc:
        raise click.ClickException(str(exc)) from exc


if __name__ == "__main__":
    main()
