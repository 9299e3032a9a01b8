"""The archive's fixed names (see docs/archive-format.md)."""

FORMAT = "scar-diary-archive"
VERSION = 3
DIARY_JSON = "diary.json"
