import json

from streams.alert_schema import alert_schema_json, checked_in_schema


def test_the_checked_in_alert_schema_matches_the_model() -> None:
    """Regenerate with: watchfloor alerts schema > streams/schemas/alert.schema.json"""
    assert json.loads(checked_in_schema()) == json.loads(alert_schema_json())


def test_the_schema_requires_the_fields_a_subscriber_keys_on() -> None:
    schema = json.loads(checked_in_schema())

    assert {"id", "revision", "kind", "status", "severity"} <= set(schema["required"])
