"""One happening, one event: whether two mentions report the same happening (`happening`), grouping a
whole frame without comparing every pair (`grouper`), and one row per event (`events_table`)."""
