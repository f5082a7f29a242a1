"""The printable worksheet (PDF): ``worksheet.worksheet_pdf_bytes`` builds it from its sections,
typeset right to left by ``rtl_text`` in the fonts of ``fonts``."""
