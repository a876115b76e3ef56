"""Preloading the day: the agenda editor, and importing a file."""
