"""Protecting the diary with a passphrase, in the window: the lock screen, locking when idle
or on Ctrl+L, the passphrase and recovery-key dialogs, and turning protection on and off."""
