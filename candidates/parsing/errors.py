class UnreadablePdf(Exception):
    """A file the parser cannot read. The message is shown to the user as it is, so it says why."""
