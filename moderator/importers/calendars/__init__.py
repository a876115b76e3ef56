"""Calendars: iCalendar files, their recurrences and time zones."""
