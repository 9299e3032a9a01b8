"""Pure protocol rules and scoring: no Qt, no SQL, `today` is always passed in."""
