"""Run watchfloor commands as real processes against the real broker, as a user would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from streams.settings import Settings

WATCHFLOOR = str(Path(sys.executable).parent / "watchfloor")


def env_for(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment that makes a child process use exactly these settings."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("WATCHFLOOR_") or k == "WATCHFLOOR_CONFIG"}
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    for name, value in settings.model_dump(mode="json").items():
        text = value if isinstance(value, str) else json.dumps(value)
        env[f"WATCHFLOOR_{name.upper()}"] = text
    env.update(extra)
    return env


def run(settings: Settings, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [WATCHFLOOR, *args], env=env_for(settings), capture_output=True, text=True,
        timeout=timeout, check=True,
    )


class WorkerProcess:
    """`watchfloor worker` in a child process, its log in a file; ready once Faust says so."""

    command: tuple[str, ...] = ("worker",)
    ready_text = "Ready"

    def __init__(self, settings: Settings, log: Path, *, env: dict[str, str] | None = None
                 ) -> None:
        self.settings = settings
        self.log = log
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *, ready_timeout: float = 60) -> None:
        self._offset = self.log.stat().st_size if self.log.exists() else 0
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [WATCHFLOOR, "-l", "info", *self.command],
                env=env_for(self.settings, **self.extra_env),
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )
        self.wait_for(self.ready_text, timeout=ready_timeout)

    def output(self) -> str:
        return self.log.read_bytes()[self._offset:].decode(errors="replace")

    def wait_for(self, text: str, *, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.output():
                return
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"worker exited {self.proc.returncode}:\n{self.output()[-3000:]}")
            time.sleep(0.2)
        raise TimeoutError(f"worker never logged {text!r}:\n{self.output()[-3000:]}")

    def kill(self) -> None:
        """kill -9: no shutdown, no commit."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self, *, timeout: float = 20) -> int:
        """SIGTERM and wait; returns the exit status."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        return self.proc.returncode


class ConnectorProcess(WorkerProcess):
    """`watchfloor connector` in a child process; pass its feeds and state path in env."""

    command = ("connector",)
    ready_text = "connector started"


KAFKA_SCRIPTS = Path(__file__).resolve().parents[2] / "deploy" / "kafka"


class BrokerInstance:
    """A second, private KRaft broker from deploy/kafka's scripts, for drills that stop it.

    The shared broker on 9092 is never stopped: other tests and engineers use it.
    """

    def __init__(self, data_dir: Path, *, port: int, controller_port: int) -> None:
        self.bootstrap = f"127.0.0.1:{port}"
        self.env = dict(os.environ, KAFKA_DATA_DIR=str(data_dir), KAFKA_PORT=str(port),
                        KAFKA_CONTROLLER_PORT=str(controller_port))

    def _script(self, name: str, timeout: float) -> None:
        subprocess.run(["bash", str(KAFKA_SCRIPTS / name)], env=self.env, check=True,
                       capture_output=True, timeout=timeout)

    def start(self) -> None:
        self._script("start.sh", timeout=120)

    def stop(self) -> None:
        self._script("stop.sh", timeout=60)
