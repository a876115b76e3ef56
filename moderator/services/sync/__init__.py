"""Following a session on a backend: engine, Qt face, HTTP client, tokens."""
