"""The Qt window, one sub-package (room) per feature a person sees.

``core`` (document, drafts, settings, prompts) and ``text`` are shared by every room and
import no other room; each feature room (speakers, floor, contributions, recommendations,
questions, setup, search, export, statistics) imports those two and, where one feature
shows or uses another, that room (never in a circle); ``shell`` assembles them and nothing
imports the shell. No layer below (domain, store, services, exchange, report) imports ``ui``.
``tests/unit/test_import_graph.py`` holds these rules.
"""
