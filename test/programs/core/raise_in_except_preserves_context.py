# raising inside except sets __context__ automatically.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"cannot parse {s!r}")

try:
    parse("x")
except TypeError as e:
    print(e)
    print(repr(e.__context__))
    print(e.__cause__)
