"""Alert decisions as plain functions: which signals alert, with what id and severity."""

from __future__ import annotations

from datetime import date

from streams.models import ALERTING_KINDS, Alert, Evidence, Severity, Signal, stable_id

MORATORIUM_SEVERITY: dict[str, Severity] = {
    "ended": "critical",
    "threatened": "high",
    "called_for": "medium",
    "in_force": "medium",
}
SOON_DAYS = 14  # a deadline due within this many days of the report is high severity


def severity_of(signal: Signal) -> Severity:
    """Documented rule: moratorium ended > threatened > in force; a near deadline > a far one."""
    if signal.kind == "moratorium":
        return MORATORIUM_SEVERITY.get(str(signal.attrs.get("status")), "medium")
    if signal.kind == "deadline":
        due = signal.attrs.get("due")
        if isinstance(due, str):
            days = (date.fromisoformat(due) - signal.published.date()).days
            return "high" if days <= SOON_DAYS else "medium"
        return "medium"
    return "low"


def alert_for(signal: Signal) -> Alert | None:
    """The alert a signal raises, or None; its id is stable per (article, kind)."""
    if signal.kind not in ALERTING_KINDS:
        return None
    return Alert(
        id=stable_id(signal.article_id, signal.kind),
        kind=signal.kind,  # type: ignore[arg-type]  # narrowed by ALERTING_KINDS
        severity=severity_of(signal),
        article_ids=[signal.article_id],
        evidence=[
            Evidence(
                article_id=signal.article_id, start=signal.start, end=signal.end,
                text=signal.evidence, url=signal.url, source=signal.source,
                published=signal.published,
            )
        ],
        attrs=signal.attrs,
    )
