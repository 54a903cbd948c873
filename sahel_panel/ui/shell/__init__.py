"""The application shell: start-up, main window, menus, actions, settings, preferences, welcome page,
file handling and the owner of the session-bound windows (:mod:`windows`).

The shell assembles the rooms; no room imports the shell."""
