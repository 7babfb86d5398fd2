# hasattr returns False only for AttributeError; other errors propagate.
class P:
    @property
    def ok(self):
        return 1
    @property
    def missing(self):
        raise AttributeError("computed attribute missing")
    @property
    def broken(self):
        raise ValueError("broken property")

p = P()
print(hasattr(p, "ok"), hasattr(p, "missing"))
try:
    hasattr(p, "broken")
except ValueError as e:
    print("ValueError:", e)
print(getattr(p, "missing", "fallback"))
