# match: sequence patterns with stars, nesting, and what counts as a sequence.
def m(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair same {a}"
        case (a, b):
            return f"pair {a},{b}"
        case [first, *_, last] if len(x) > 4:
            return f"long {first}..{last}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [[x1, y1], [x2, y2]]:
            return f"points {x1+x2},{y1+y2}"
        case [*head, 0]:
            return f"ends with 0, head {head}"
        case _:
            return "no"
tests = [[], [5], (3, 3), [3, 4], range(7), [1, 8, 9], [[1, 2], [3, 4]], (9, 8, 0), "ab", b"ab", bytearray(b"ab"), {1: 2}, iter([1]), [7, 8, 9]]
for t in tests:
    print(type(t).__name__, "->", m(t))
match (1, 2, 3):
    case (1, *mid, 3):
        print("mid", mid, type(mid).__name__)
import collections
match collections.deque([1, 2]):
    case [a, b]:
        print("deque matched", a, b)
