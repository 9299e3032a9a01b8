"""Photos from the phone: the receiving side of the LocalSend protocol (v2), with no Qt and
no database. The window starts a `Receiver` while the Receive from Phone window is open and
gets each accepted photo's bytes through its `Events`."""
