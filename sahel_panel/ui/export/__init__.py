"""Exporting the report (PDF, DOCX) and copies of the session: the export dialog and its background job."""
