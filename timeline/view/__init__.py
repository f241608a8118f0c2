"""What the dashboard shows, as plain functions: the view state and its URL form, filter masks, key
events, tables, the figure, highlighted passages, downloads and one-line summaries."""
