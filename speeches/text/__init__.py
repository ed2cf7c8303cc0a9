"""The grammar of Chinese speech texts, shared by cleaning, outlines, metadata and search.

Pure Python: no Django, no I/O. Han ranges (``han``), Chinese numerals (``numerals``),
heading numbers (``headings``), salutations (``salutations``), date forms (``dates``),
speaker names and positions (``names``), checksums of normalized text (``checksum``),
whether an admin-written pattern is safe to run (``patterns``).
Every pattern is compiled once at module level and is linear: no nested quantifiers, every
repetition of arbitrary characters bounded.
"""
