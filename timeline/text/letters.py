"""Regular-expression character classes of Latin letters beyond ASCII, for rules that read a capital.

News names people and places with Latin-1 and Latin Extended capitals ("Álvaro", "Óscar", "İbrahim",
"Željko", "BOGOTÁ", "İSTANBUL", "Łódź"); a class written as `[A-Z]` misses them.  Each constant is the inside
of a `[...]` class, escaped.
"""

from __future__ import annotations

import re

# Latin-1 Supplement and Latin Extended-A/B, without the signs among them ("×", "÷").
_LATIN = [chr(c) for c in range(0xC0, 0x250)]

CAPITALS = "A-Z" + "".join(re.escape(c) for c in _LATIN if c.isupper())
LETTERS = "A-Za-z" + "".join(re.escape(c) for c in _LATIN if c.isalpha())
