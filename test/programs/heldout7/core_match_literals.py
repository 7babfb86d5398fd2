# match: literal, capture, wildcard, value (dotted) and or-patterns.
class Color:
    RED = "red"
    GREEN = "green"
class K:
    LIMIT = 10
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hi" | "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2+3j:
            return "complex"
        case b"raw":
            return "bytes"
        case K.LIMIT:
            return "limit"
        case Color.RED:
            return "red"
        case _:
            return "other"
for v in [0, 2, "hi", None, True, False, -1, 1.5, 2+3j, b"raw", 10, Color.RED, Color.GREEN, 1.0, 0.0, "x"]:
    print(repr(v), "->", classify(v))
def capture(x):
    match x:
        case 42:
            return "answer"
        case other:
            return f"captured {other!r}"
print(capture(42), capture([1]))
