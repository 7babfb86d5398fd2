# Sequence patterns with fixed length, star captures and nesting.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

for s in ([], [1], (1, 2), [1, 2, 3, 4], range(5)):
    print(shape(s))
match "abc":
    case [*chars]:
        print("string matched", chars)
    case str():
        print("strings are not sequences here")
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a + b + c)
