"""Scoring our lemmas and parts of speech against a gold CoNLL-U treebank (e.g. UD Arabic PUD).

:mod:`.conllu` reads the treebank, :mod:`.scoring` aligns and compares words (how a word is
scored is told there), :mod:`.report` prints the figures. Evaluation reads the analysis; it
does not shape it.
"""
