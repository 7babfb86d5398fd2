# structural pattern matching
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | complex():
            return "non-int number"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [a]:
            return f"one item {a}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"k": v, **others}:
            return f"k={v} others={others}"
        case None:
            return "none"
        case _:
            return "other " + type(x).__name__
for v in [0, 2, -5, 7, 1.5, 2j, "", "hi", [], [1], [1, 2], [1, 2, 3], (4, 5), {"type": "point", "x": 1, "y": 2}, {"k": 1, "z": 2}, None, {1}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(0, 3), Point(2, 0), Point(4, 4), Point(1, 2)]:
    print(where(p))
match (1, (2, 3)):
    case (a, (b, c) as inner):
        print(a, b, c, inner)
cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as d]:
        print("going", d)
