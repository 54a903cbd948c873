"""The services API: the single way anything in a session changes, and the one way to read it whole."""

from sahel_panel.services.base import Change
from sahel_panel.services.reading import Counts, SessionContent
from sahel_panel.services.session import NewSession, SessionService, read_session

__all__ = ["Change", "Counts", "NewSession", "SessionContent", "SessionService", "read_session"]
