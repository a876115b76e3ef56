"""Waking event streams and long-polls when the feed changes, in one process or across them."""
