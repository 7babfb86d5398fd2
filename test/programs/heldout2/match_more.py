# pattern matching with classes, guards, or-patterns and mappings
from collections import namedtuple
Point = namedtuple("Point", "x y")
def classify(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "on y-axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case [Point(), *others]:
            return f"points list (+{len(others)})"
        case {"cmd": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"cmd": cmd, **rest} if rest:
            return f"{cmd} with {sorted(rest)}"
        case str() as s if s.isdigit():
            return f"numeric string {s}"
        case int() | float() as num if num < 0:
            return "negative number"
        case bool(b):
            return f"bool {b}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case _:
            return "unknown"
tests = [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2), [Point(1, 1), Point(2, 2)], {"cmd": "move", "to": (3, 4)},
         {"cmd": "jump", "height": 2}, {"cmd": "noop"}, "123", "abc", -5, -2.5, True, 2, 99]
for t in tests:
    print(repr(t), "->", classify(t))
def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
        case _:
            return "other"
print([http(s) for s in (200, 201, 404, 503, 302)])
match [1, [2, 3]]:
    case [a, [b, *c]]:
        print(a, b, c)
