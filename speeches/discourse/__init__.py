"""Discourse analysis (issue 28): keyness, collocations, formulation history, new formulations.

``stats`` and ``units`` are pure; ``store`` keeps each published speech's jieba words (kept
at index time through the search outbox, rebuilt by ``prepare_archive``); ``service`` answers
the pages and the API over the search face's exact match sets and normalized bodies, so both
engines give the same numbers.
"""
