"""Scar Diary: a private diary for a series of saline injections for acne scars."""

__version__ = "0.1.0"
APP_NAME = "Scar Diary"
ORGANIZATION = "ScarDiary"
