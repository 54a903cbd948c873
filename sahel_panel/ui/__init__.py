"""The Qt window, one sub-package (room) per feature a person sees.

``session`` and ``text`` are shared by every room and import none; each feature room
(speakers, floor, contributions, recommendations, questions, setup, search, export,
statistics) imports only those two and, where one feature shows another, that room's
widgets; ``shell`` assembles them and nothing imports the shell. No layer below
(domain, store, services, exchange, report) imports ``ui``.
"""
