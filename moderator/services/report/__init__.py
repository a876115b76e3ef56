"""The session and meeting report: tables, chart, CSV, XLSX and PDF files."""
