"""Photos arriving from the phone (LocalSend) or a watched folder, and the Inbox page where
each one is given its scar."""
