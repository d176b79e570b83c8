"""Benchmark the pipeline through the real broker: throughput, alert latency, worker memory.

Run as `python -m streams.bench.pipeline [--articles N]` or `watchfloor bench pipeline`.
Four measurements on the same messages and the same broker, so the ratios say where
time goes: raw aiokafka produce -> consume, a do-nothing Faust agent forwarding them
(Faust's own ceiling), the real worker(s) end to end (articles produced -> all offsets
committed), and latency at a fixed offered load (article produced -> its signals and
alerts consumed). Not a test: it measures and prints, it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.bench.extraction import article_texts
from streams.models import Article
from streams.settings import Settings
from streams.topic_admin import (
    committed_offsets,
    delete_topics_where,
    partitions_of,
    topic_names_on,
)
from streams.topics import topic_names

logger = logging.getLogger(__name__)

WATCHFLOOR = str(Path(sys.executable).parent / "watchfloor")


def paragraphs(*, in_domain_only: bool = False) -> list[str]:
    """Paragraphs of the bench's source articles; `in_domain_only` leaves out the dev set's
    out-of-domain articles (those whose gold has no signals)."""
    return [p for text, _ in article_texts(quiet=not in_domain_only) for p in text.split("\n") if p.strip()]


MOVED_DEADLINE = "{capital} set a {days}-day deadline for talks on its nuclear missile programme."
# whose deadline each latency article moves, in turn: ten commitments, each changing 20 times
# a second at 200 articles/s (one commitment changing 200 times a second is not news)
CAPITALS = ("Moscow", "Tehran", "Pyongyang", "Washington", "Beijing", "Seoul", "Tokyo",
            "London", "Paris", "Islamabad")


def build_articles(n: int, *, words: int, tag: str, start: datetime = datetime(2019, 6, 1, tzinfo=UTC),
                   each_alerts: bool = False) -> list[Article]:
    """n articles of about `words` words stitched from varied paragraphs, distinct ids and dates.

    With `each_alerts`, every article also moves one of ten deadlines to a new due date, so
    each one raises a notice of its own (an alert is raised on a change, not on a corroboration) and
    alert latency can be measured per article. Those articles take in-domain paragraphs only:
    stitched beside an out-of-domain article's paragraphs, a 150-word article's one deadline
    line can be outweighed, and the article gate then rightly drops it (no alert to time)."""
    paras, out, i = paragraphs(in_domain_only=each_alerts), [], 0
    for k in range(n):
        parts: list[str] = [MOVED_DEADLINE.format(capital=CAPITALS[k % len(CAPITALS)],
                                                  days=10 + k)] if each_alerts else []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(paras[i % len(paras)])
            i += 1 + k % 3  # varied neighbours: not the same stitched text every cycle
        out.append(Article(id=f"bench-{tag}-{k}", title=f"bench {k}", text="\n".join(parts),
                           published=start + timedelta(minutes=k), source="bench"))
    return out


async def create_topic(bootstrap: str, name: str, partitions: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])
    finally:
        await admin.close()


async def produce_all(bootstrap: str, topic: str, items: list[tuple[bytes, bytes]]) -> float:
    """Send everything as fast as the producer batches; returns when the last is acked."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5,
                                max_request_size=4_000_000, max_batch_size=1_000_000)
    await producer.start()
    try:
        started = time.perf_counter()
        for key, value in items:
            await producer.send(topic, key=key, value=value)
        await producer.flush()
        return started
    finally:
        await producer.stop()


async def consume_count(bootstrap: str, topic: str, n: int, *, timeout: float) -> float:
    """Read the topic from the start until n records arrived; returns the time of the nth."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                enable_auto_commit=False, isolation_level="read_committed",
                                max_partition_fetch_bytes=8_000_000, fetch_max_bytes=50_000_000)
    await consumer.start()
    try:
        seen, deadline = 0, time.perf_counter() + timeout
        while seen < n and time.perf_counter() < deadline:
            batch = await consumer.getmany(timeout_ms=500, max_records=10_000)
            seen += sum(len(r) for r in batch.values())
        if seen < n:
            raise TimeoutError(f"{topic}: {seen} of {n} records within {timeout:.0f} s")
        return time.perf_counter()
    finally:
        await consumer.stop()


async def bench_raw(bootstrap: str, items: list[tuple[bytes, bytes]], partitions: int) -> float:
    topic = f"bench-raw-{uuid.uuid4().hex[:8]}"
    await create_topic(bootstrap, topic, partitions)
    reader = asyncio.create_task(consume_count(bootstrap, topic, len(items), timeout=600))
    started = await produce_all(bootstrap, topic, items)
    return len(items) / (await reader - started)


# --- Faust's own ceiling: a tiny app whose one agent forwards every message ---------------

def run_forward_worker(app_id: str, bootstrap: str, src: str, dst: str, batch: int) -> None:
    """Worker process of the do-nothing app (entered through --forward-worker)."""
    import faust

    app = faust.App(app_id, broker=f"kafka://{bootstrap}", value_serializer="raw",
                    key_serializer="raw", web_enabled=False, topic_replication_factor=1,
                    consumer_auto_offset_reset="earliest", store="memory://")
    source, sink = app.topic(src, value_type=bytes), app.topic(dst, value_type=bytes)

    @app.agent(source)
    async def forward(stream):  # type: ignore[no-untyped-def]
        if batch <= 1:
            async for event in stream.events():
                await sink.send(key=event.key, value=event.value)
        else:
            async for values in stream.take(batch, within=0.05):
                for value in values:
                    await sink.send(value=value)

    faust.Worker(app, loglevel="INFO").execute_from_commandline()


def start_process(args: list[str], log: Path, env: dict[str, str] | None = None,
                  *, ready: str = "Ready", timeout: float = 90) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    deadline = time.monotonic() + timeout
    while ready not in log.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_process(proc)
            sys.exit(f"process {args[:3]} did not become ready; see {log}")
        time.sleep(0.2)
    return proc


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def bench_faust(bootstrap: str, items: list[tuple[bytes, bytes]], partitions: int,
                      *, batch: int, logs: Path) -> float:
    tag = uuid.uuid4().hex[:8]
    src, dst = f"bench-fwd-in-{tag}", f"bench-fwd-out-{tag}"
    await create_topic(bootstrap, src, partitions)
    await create_topic(bootstrap, dst, partitions)
    proc = start_process(
        [sys.executable, "-m", "streams.bench.pipeline", "--forward-worker", f"bench-fwd-{tag}",
         bootstrap, src, dst, str(batch)], logs / f"forward-{tag}.log")
    try:
        reader = asyncio.create_task(consume_count(bootstrap, dst, len(items), timeout=600))
        started = await produce_all(bootstrap, src, items)
        return len(items) / (await reader - started)
    finally:
        stop_process(proc)


# --- The real pipeline ------------------------------------------------------------------

class Pipeline:
    """`watchfloor worker` processes on fresh topics; the same environment a user would set."""

    def __init__(self, bootstrap: str, *, workers: int, partitions: int, guarantee: str | None,
                 logs: Path, retention_seconds: float | None = None) -> None:
        self.tag = uuid.uuid4().hex[:8]
        self.app_id, prefix = f"bench-{self.tag}", f"bench-{self.tag}."
        names = topic_names(Settings.model_construct(topic_prefix=prefix))
        self.articles, self.signals, self.alerts, self.commitments = (
            names.articles, names.signals, names.alerts, names.commitments)
        self.bootstrap, self.partitions = bootstrap, partitions
        self.env = dict(os.environ, WATCHFLOOR_KAFKA_BOOTSTRAP=bootstrap,
                        WATCHFLOOR_APP_ID=self.app_id, WATCHFLOOR_TOPIC_PREFIX=prefix,
                        WATCHFLOOR_ARTICLES_PARTITIONS=str(partitions),
                        WATCHFLOOR_WEB_ENABLED="false", WATCHFLOOR_CONFIG=os.devnull)
        if guarantee:
            self.env["WATCHFLOOR_PROCESSING_GUARANTEE"] = guarantee
        if retention_seconds is not None:  # expiry within the run: memory bounded by retention
            days = str(retention_seconds / 86_400)
            self.env.update(WATCHFLOOR_COMMITMENT_RETENTION_DAYS=days,
                            WATCHFLOOR_NEW_TEST_RETENTION_DAYS=days,
                            WATCHFLOOR_TIMER_INTERVAL=str(max(1.0, retention_seconds / 4)))
        self.env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
        self.procs = [start_process([WATCHFLOOR, "-l", "info", "worker"],
                                    logs / f"worker-{self.tag}-{i}.log", self.env)
                      for i in range(workers)]
        time.sleep(3 if workers > 1 else 0)  # let the group settle after the last join

    def rss_mb(self) -> list[float]:
        return [psutil.Process(p.pid).memory_info().rss / 2**20 for p in self.procs]

    def cpu_seconds(self) -> float:
        """CPU time the workers have used so far."""
        return sum(sum(psutil.Process(p.pid).cpu_times()[:2]) for p in self.procs)

    async def committed(self) -> int:
        offsets = await committed_offsets(self.bootstrap, self.app_id)
        return sum(o for tp, o in offsets.items() if tp.topic == self.articles)

    async def wait_committed(self, n: int, *, timeout: float,
                             rss: list[list[float]] | None = None) -> float:
        """Wait until n articles are committed; with `rss`, sample the workers' memory at
        every tenth of the way (a long run shows whether it levels off)."""
        deadline, next_sample = time.perf_counter() + timeout, n / 10
        while (done := await self.committed()) < n:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{done} of {n} articles committed within {timeout:.0f} s")
            if rss is not None and done >= next_sample:
                rss.append(self.rss_mb())
                next_sample += n / 10
            await asyncio.sleep(0.25)
        return time.perf_counter()

    async def wait_drained(self, topic: str, *, timeout: float) -> float:
        """Wait until the workers have committed everything now on `topic`: articles being
        committed does not mean the commitment events they produced were handled."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            ends = await consumer.end_offsets(await partitions_of(consumer, topic))
        finally:
            await consumer.stop()
        deadline = time.perf_counter() + timeout
        while True:
            offsets = await committed_offsets(self.bootstrap, self.app_id)
            if all(offsets.get(tp, 0) >= end for tp, end in ends.items()):
                return time.perf_counter()
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{topic} not drained within {timeout:.0f} s")
            await asyncio.sleep(0.25)

    def stop(self) -> None:
        for p in self.procs:
            stop_process(p)


async def bench_end_to_end(pipeline: Pipeline, items: list[tuple[bytes, bytes]],
                           rss: list[list[float]]) -> float:
    """Articles per second from the first send until every article's offset is committed and
    every commitment event they produced has been handled (alerts raised)."""
    started = await produce_all(pipeline.bootstrap, pipeline.articles, items)
    await pipeline.wait_committed(len(items), timeout=3600, rss=rss)
    done = await pipeline.wait_drained(pipeline.commitments, timeout=3600)
    return len(items) / (done - started)


async def bench_latency(pipeline: Pipeline, articles: list[Article], *, rate: float
                        ) -> tuple[list[float], list[float]]:
    """Signal and alert latency (ms) with articles offered at `rate` per second."""
    sent_at: dict[str, float] = {}
    signal_ms: dict[str, float] = {}
    alert_ms: list[float] = []
    consumer = AIOKafkaConsumer(pipeline.signals, pipeline.alerts,
                                bootstrap_servers=pipeline.bootstrap, auto_offset_reset="latest",
                                enable_auto_commit=False, isolation_level="read_committed")
    await consumer.start()
    await asyncio.sleep(2)  # assignment done, positions at the end
    done = asyncio.Event()

    async def read() -> None:
        while not done.is_set():
            batch = await consumer.getmany(timeout_ms=100)
            now = time.perf_counter()
            for records in batch.values():
                for r in records:
                    value = json.loads(r.value)
                    if r.topic == pipeline.signals:
                        aid = value.get("article_id")
                        if aid in sent_at and aid not in signal_ms:
                            signal_ms[aid] = (now - sent_at[aid]) * 1000
                    else:
                        ids = value.get("article_ids") or []
                        if ids and ids[0] in sent_at:  # newest first: the article that fired it
                            alert_ms.append((now - sent_at[ids[0]]) * 1000)

    reader = asyncio.create_task(read())
    producer = AIOKafkaProducer(bootstrap_servers=pipeline.bootstrap, acks="all", linger_ms=0)
    await producer.start()
    try:
        t0 = time.perf_counter()
        for k, a in enumerate(articles):
            delay = t0 + k / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent_at[a.id] = time.perf_counter()
            await producer.send(pipeline.articles, key=a.id.encode(), value=a.to_wire())
        await producer.flush()
        await asyncio.sleep(5)  # the stragglers
    finally:
        done.set()
        await reader
        await producer.stop()
        await consumer.stop()
    return list(signal_ms.values()), alert_ms  # both in arrival order


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 \
        else values[0]


async def run(args: argparse.Namespace) -> None:
    existing = await topic_names_on(args.bootstrap)
    try:
        await measure(args)
    finally:  # a 200,000-article run leaves gigabytes of topics behind otherwise
        if not args.keep_topics:
            deleted = await delete_topics_where(
                args.bootstrap, lambda t: t.startswith("bench-") and t not in existing)
            print(f"deleted the run's {len(deleted)} topics (--keep-topics keeps them)", flush=True)


async def measure(args: argparse.Namespace) -> None:
    logs = Path(args.logs)
    logs.mkdir(parents=True, exist_ok=True)
    articles = build_articles(args.articles, words=args.words, tag=uuid.uuid4().hex[:6])
    items = [(a.id.encode(), a.to_wire()) for a in articles]
    size = sum(len(v) for _, v in items) / len(items)
    print(f"articles: {len(items)}  words: ~{args.words}  bytes/article: {size:.0f}  "
          f"partitions: {args.partitions}  workers: {args.workers}", flush=True)

    raw = await bench_raw(args.bootstrap, items, args.partitions)
    print(f"raw aiokafka produce->consume: {raw:,.0f} msg/s", flush=True)
    if not args.skip_faust:
        each = await bench_faust(args.bootstrap, items, args.partitions, batch=1, logs=logs)
        print(f"faust forward (await each send): {each:,.0f} msg/s", flush=True)
        took = await bench_faust(args.bootstrap, items, args.partitions, batch=1000, logs=logs)
        print(f"faust forward (stream.take 1000): {took:,.0f} msg/s", flush=True)

    pipeline = Pipeline(args.bootstrap, workers=args.workers, partitions=args.partitions,
                        guarantee=args.guarantee, logs=logs,
                        retention_seconds=args.retention_seconds)
    try:
        rss_before, samples = pipeline.rss_mb(), list[list[float]]()
        e2e = await bench_end_to_end(pipeline, items, samples)
        rss_after = pipeline.rss_mb()
        print(f"end to end (produce -> articles and commitment events all committed): "
              f"{e2e:,.0f} articles/s "
              f"= {e2e / raw:.1%} of raw kafka", flush=True)
        print("worker RSS MB before/after: " + ", ".join(
            f"{b:.0f}/{a:.0f}" for b, a in zip(rss_before, rss_after, strict=True)), flush=True)
        print("worker RSS MB at each tenth of the run: " + "  ".join(
            "/".join(f"{mb:.0f}" for mb in sample) for sample in samples), flush=True)
        n_latency = int(args.rate * args.latency_seconds)
        fresh = build_articles(n_latency, words=args.words, tag=uuid.uuid4().hex[:6],
                               start=datetime(2021, 1, 1, tzinfo=UTC), each_alerts=True)
        machine_before, workers_before, wall = psutil.cpu_times(), pipeline.cpu_seconds(), time.perf_counter()
        signal_ms, alert_ms = await bench_latency(pipeline, fresh, rate=args.rate)
        wall, machine_after = time.perf_counter() - wall, psutil.cpu_times()
        busy = sum(machine_after[:3]) - sum(machine_before[:3])  # user, nice, system
        ours = pipeline.cpu_seconds() - workers_before
        print(f"at {args.rate:.0f} articles/s for {args.latency_seconds:.0f} s: "
              f"signal latency p50 {pct(signal_ms, 50):.0f} ms p99 {pct(signal_ms, 99):.0f} ms "
              f"({len(signal_ms)} articles); alert latency p50 {pct(alert_ms, 50):.0f} ms "
              f"p99 {pct(alert_ms, 99):.0f} ms ({len(alert_ms)} alerts)", flush=True)
        signals_in_order = list(signal_ms)  # arrival order: a slow start shows against the rest
        head_s, head_a = len(signals_in_order) // 10, len(alert_ms) // 10
        print(f"  p99 over the first tenth / the rest: signal {pct(signals_in_order[:head_s], 99):.0f} / "
              f"{pct(signals_in_order[head_s:], 99):.0f} ms, alert {pct(alert_ms[:head_a], 99):.0f} / "
              f"{pct(alert_ms[head_a:], 99):.0f} ms", flush=True)
        # latency is queueing: the same load gives other figures when something else takes a core
        print(f"  CPU in that window: workers {ours / wall:.0%}, whole machine {busy / wall:.0%} "
              f"(of {psutil.cpu_count()}00%); load average {os.getloadavg()[0]:.2f}", flush=True)
    finally:
        pipeline.stop()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--forward-worker"]:
        app_id, bootstrap, src, dst, batch = argv[1:6]
        sys.argv = [sys.argv[0], "worker", "-l", "info"]
        run_forward_worker(app_id, bootstrap, src, dst, int(batch))
        return 0
    ap = argparse.ArgumentParser(prog="watchfloor bench pipeline", description=__doc__)
    ap.add_argument("--articles", type=int, default=20_000, help="200000 for the long run")
    ap.add_argument("--words", type=int, default=150,
                    help="words per article: ~150 is a feed summary, ~700 a full page")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--guarantee", choices=["at_least_once", "exactly_once"], default=None,
                    help="processing guarantee of the workers (default: the settings')")
    ap.add_argument("--rate", type=float, default=200.0, help="offered load, articles/s")
    ap.add_argument("--latency-seconds", type=float, default=30.0)
    ap.add_argument("--skip-faust", action="store_true", help="skip the do-nothing agent")
    ap.add_argument("--retention-seconds", type=float, default=None,
                    help="expire quiet commitments after this long (default: the settings'); "
                         "a long run with a short retention shows memory bounded by it")
    ap.add_argument("--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS",
                                                          "127.0.0.1:9092"))
    ap.add_argument("--logs", default=".run/bench", help="worker logs go here")
    ap.add_argument("--keep-topics", action="store_true", help="leave the run's topics on the broker")
    asyncio.run(run(ap.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
