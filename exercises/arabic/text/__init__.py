"""Text as characters: normalization, segmentation into sentences and tokens, word layout."""
