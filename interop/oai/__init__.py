"""OAI-PMH 2.0 data provider: protocol arguments, record selection and the XML answers."""
