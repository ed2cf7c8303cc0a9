"""Interoperability: feeds, OAI-PMH, sitemaps and citation formats for outside tools."""
