"""Plain text that people type: what counts as a control character, and how a
value is made safe to put on one line (an e-mail subject, a CSV cell)."""

import unicodedata

LINE_BREAKS = "\n\r"


def control_characters(value, allow_line_breaks=False):
    """The control characters in `value` (Unicode category Cc, plus the line and
    paragraph separators), except tabs and line breaks where those are allowed."""
    allowed = LINE_BREAKS + "\t" if allow_line_breaks else ""
    return [
        char
        for char in value
        if char not in allowed and (unicodedata.category(char) in ("Cc", "Zl", "Zp"))
    ]


def one_line(value):
    """`value` with every control character and run of white space made one space."""
    cleaned = "".join(" " if control_characters(char) else char for char in value)
    return " ".join(cleaned.split())
