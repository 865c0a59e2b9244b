// Catches and does nothing: the caller reads Error.
