"""The secretariat's series of panels: workbook, consolidation and the series report."""
