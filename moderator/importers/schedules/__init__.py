"""Conference schedules: frab and pretalx XML and JSON, c3voc schema 2."""
