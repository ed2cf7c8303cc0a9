"""Research tools on the exact index: concordance (KWIC and sentences), term trends,
headings, exports, and the one parameter/serializer layer they share with search.

Everything here reaches the index only through the public face ``speeches.search``.
"""
