# Uncaught exception raised "from None" inside an except block: only the last exception is printed.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry named {key}") from None
table = {"a": 1}
print(lookup(table, "a"))
try:
    lookup(table, "b")
except LookupError as e:
    print("handled:", e)
lookup(table, "zzz")
