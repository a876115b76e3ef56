"""Shared by every window: time formatting and input, theme, tickers."""
