"""Procedural lumbar anatomy: dimensions, part table, builders and deformations (no Qt, no VTK actors)."""
