# 'raise ... from None' suppresses the context.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise AttributeError(f"no attribute {key!r}") from None

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
