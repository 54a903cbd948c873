"""The services API: the single way anything in a session changes."""

from sahel_panel.services.base import Change
from sahel_panel.services.session import Counts, NewSession, SessionService

__all__ = ["Change", "Counts", "NewSession", "SessionService"]
