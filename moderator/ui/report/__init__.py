"""The report window: a session's or a meeting's report, and its exports."""
