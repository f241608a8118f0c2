"""What a dated passage says: the passage itself (`passages`), who is named (`actors`), what kind of
happening (`event_types`) and a readable title (`titles`)."""
