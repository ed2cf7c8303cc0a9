"""Text reuse: passages a speech shares with other speeches (issue 15)."""
