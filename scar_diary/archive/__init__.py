"""The open, documented archive format (docs/archive-format.md): one zip holding diary.json
and the photos, for moving a diary or keeping it safe elsewhere."""
