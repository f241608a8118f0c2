"""The vocabulary every stage shares: calendar periods, the records that flow between stages, the events
frame's columns, named errors, and where the built-in data files are."""
