"""The application shell: start-up, main window, menus, actions, preferences, welcome page,
shortcuts, file handling, the panels of one session (workspace) and the owner of the
secondary windows (:mod:`.windows`).

The shell assembles the rooms; no room imports the shell."""
