"""Related speeches, computed when a speech is indexed and stored per speech.

A speech page shows its stored list; no request scores the archive (issue 13: a first view
of a big speech took 32 s computing them in the request).
"""
