"""The Alert JSON Schema, generated from the pydantic model, for subscribers on any Kafka client."""

from __future__ import annotations

import json
from importlib import resources

from streams.models import Alert

SCHEMA_FILE = "alert.schema.json"


def alert_schema_json() -> str:
    """The schema as checked-in text: sorted keys, two-space indent, trailing newline."""
    schema = Alert.model_json_schema(mode="serialization")
    schema["$id"] = "https://watchfloor.example/schemas/alert.schema.json"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def checked_in_schema() -> str:
    return (resources.files("streams") / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8")
