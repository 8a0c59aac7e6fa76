"""Scenes as data: presets (TOML + Markdown), the schema and loader, and the timeline."""
