# KeyError messages and dict errors.
d = {"a": 1}
for key in ("missing", 42, (1, 2), None, ""):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
try:
    d.pop("nope")
except KeyError as e:
    print("pop:", e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
