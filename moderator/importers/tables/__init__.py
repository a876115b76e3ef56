"""Agendas kept as tables: CSV and XLSX sheets, their columns and rows."""
