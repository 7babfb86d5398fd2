# Capture patterns bind names; the wildcard binds nothing.
def f(value):
    match value:
        case 0:
            return "zero"
        case x:
            return f"captured {x!r}"

print(f(0), f(5), f("s"))
match (1, 2):
    case (a, _):
        print("a =", a)
try:
    _
except NameError as e:
    print(e)
