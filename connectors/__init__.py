"""Everything that brings articles into Kafka: feed polling, seed replay, full-text fetch."""
