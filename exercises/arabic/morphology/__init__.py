"""Words out of context: the lexicon, every reading of a word, priors, traits of a reading."""
