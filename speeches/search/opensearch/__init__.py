"""The cluster engine: the same exact search on OpenSearch (``SEARCH_ENGINE=opensearch``).

Exactness comes from the analysis, not from a check step: title, text and headings are
indexed (already normalized, as the embedded engine stores them) as overlapping character
bigrams of EVERY character, punctuation and spaces included, one position per character,
plus a unigram subfield. A literal of n >= 2 characters is then a phrase query over its n-1
bigrams, which matches exactly where the n characters occur in a row (a phrase cannot
bridge punctuation that the literal does not contain); one character is a unigram term.

Modules: ``client`` (connection and names from settings), ``mapping`` (index settings),
``documents`` (rows -> documents), ``querying`` (query tree and filters -> query DSL),
``writer`` (bulk writes, rebuild behind an alias, status, haystack's protocol),
``engine`` (search, facets by aggregations, ranking by ``speeches.search.ranking``),
``relevance`` (the cluster ranks a page's candidate window by occurrences, see its docstring).
"""
