"""Arabic: Django defines SHORT_DATE_FORMAT (day/month/year) but no SHORT_DATETIME_FORMAT, so
a date and time fell back to the American month/day/year. The same order here, with the time
as Arabic's TIME_FORMAT writes it (٢:٠٥ م). \u200f (RLM) keeps the parts in order right to left."""

SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y g:i A"
DATETIME_FORMAT = "j F، Y g:i A"
