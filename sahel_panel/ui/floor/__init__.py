"""Who holds the floor: queue, speaking timer, the projector window and the turn undo commands."""
