# Guards, or-patterns with as-bindings, and evaluation order.
def grade(score):
    match score:
        case int() as s if s >= 90:
            return "A"
        case int() as s if s >= 80:
            return "B"
        case (0 | 1 | 2) as tiny:
            return f"tiny {tiny}"
        case int():
            return "C"
        case [(1 | 2) as a, *_] as whole:
            return f"list starting {a}: {whole}"
    return "no match"

for s in (95, 85, 1, 50, [2, 9], [3], "x"):
    print(s, grade(s))
