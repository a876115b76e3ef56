"""Is this laptop ready for today: the checks and their judgement."""
