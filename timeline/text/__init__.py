"""English text mechanics: sentence and clause boundaries, folding for matching, whole-word phrase
matching, and the calendar words other stages read."""
