# Every object's address is 16-byte aligned.
class C:
    pass
samples = [object(), [], {}, (1, 2), 1.5, "hello", 10 ** 20, C(), C, len, b"xy", {1}, lambda: 0]
print([id(s) % 16 for s in samples])
print([id(s) % 8 for s in samples])
