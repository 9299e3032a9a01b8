"""The archive's fixed names (see docs/archive-format.md)."""

FORMAT = "scar-diary-archive"
VERSION = 2
DIARY_JSON = "diary.json"
