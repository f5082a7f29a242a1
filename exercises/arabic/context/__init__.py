"""Words in context: one reading per word, names, dates, the part of speech a role gives."""
