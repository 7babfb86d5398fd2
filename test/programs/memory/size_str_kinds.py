# Non-ASCII strings: 72 + (length + 1) * kind, kind = 1 (latin-1), 2 (UCS-2), 4 (UCS-4).
import sys
samples = ["é", "café", "é" * 10, "€", "€uro", "€" * 10, "😀", "😀😀", "a😀", "ÿ", "Ā"]
for s in samples:
    print(repr(s), len(s), sys.getsizeof(s))
print(sys.getsizeof("abc") < sys.getsizeof("abé") < sys.getsizeof("ab€") < sys.getsizeof("ab😀"))
