"""The secretariat's Series window: a whole series of panels consolidated into one numbered set.

Built on :mod:`sahel_panel.series` (Qt-free): :mod:`.document` holds the open workbook and
its undo stack, :mod:`.commands` the undoable merges, splits, edits and moves (one service
call each), :mod:`.models` the item models of the two trees, :mod:`.jobs` the background
work (checking files, suggestions, reports), and :mod:`.window` places it all.
"""
