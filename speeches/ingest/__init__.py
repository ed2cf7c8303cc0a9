"""Turning speech files into speeches.

One direction: ``sources`` (files, directories, zips, with size and safety checks) ->
``extract`` (text by detected type) -> ``clean`` (pure) -> ``metadata`` (pure, with
confidences) -> ``dedup`` (checksum and MinHash) -> ``pipeline`` (one transaction per file
through ``speeches.services``). ``import_speeches`` and the admin upload are thin over
``pipeline``.
"""
