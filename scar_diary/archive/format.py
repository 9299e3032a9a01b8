"""The archive's fixed names (see docs/archive-format.md)."""

FORMAT = "scar-diary-archive"
VERSION = 4
DIARY_JSON = "diary.json"
