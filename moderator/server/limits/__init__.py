"""Limits that keep one caller from starving the others: hand rates, open streams."""
