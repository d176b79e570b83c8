"""One article's extraction result in the scorer's JSON-lines shape (see ../shared/eval/score.py)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from streams.extract import Match, extract
from streams.models import ALERTING_KINDS, Article


class ExtractionReport(BaseModel):
    """What `watchfloor extract` prints per article: its signals and whether it alerts."""

    model_config = ConfigDict(frozen=True)
    id: str
    signals: list[Match]
    alert: bool
    alert_kinds: list[str]

    def as_text(self) -> str:
        lines = [f"{self.id}: {'ALERT ' + ','.join(self.alert_kinds) if self.alert else 'no alert'}"]
        lines += [f"  {s.kind:12} [{s.start}:{s.end}] {s.text!r} {s.attrs}" for s in self.signals]
        return "\n".join(lines)


def report_of(article: Article) -> ExtractionReport:
    matches = extract(article.text, published=article.published)
    kinds = sorted({m.kind for m in matches} & ALERTING_KINDS)
    return ExtractionReport(
        id=article.id,
        signals=matches,
        alert=bool(kinds),
        alert_kinds=kinds,
    )
