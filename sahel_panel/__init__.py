"""Sahel Panel: capture a parliamentary panel session live and hand over a clean report."""

__version__ = "0.1.0"
APP_NAME = "Sahel Panel"
ORG_NAME = "Sahel Panel"
