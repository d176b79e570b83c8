"""watchfloor: weapons-test, escalation, deadline and moratorium signals from news, over Kafka.

Empty on purpose: importing `streams.extract` must not build the Faust app.
"""
