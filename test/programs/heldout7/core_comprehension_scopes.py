# Comprehension scoping: loop vars don't leak, class-body scoping, nested comprehensions, evaluation order.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print({k: v for k, v in zip("abc", range(3))})
print({c.upper() for c in "hello" if c != "l"} == {"H", "E", "O"})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([a * b for a in range(1, 4) for b in range(a) if b % 2 == 0])
class C:
    base = 10
    vals = [base + i for i in range(2)] if False else None
    try:
        vals = [base + i for i in range(2)]
    except NameError as e:
        err = str(e)
    first = [i for i in range(base)][:3]
print(C.vals, C.err, C.first)
order = []
def src(tag, items):
    order.append(tag)
    return items
res = [(a, b) for a in src("outer", [1, 2]) for b in src("inner", "xy")]
print(res, order)
gen = (i * i for i in range(4))
print(next(gen), list(gen), list(gen))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print(sorted({n % 3 for n in range(10)}), dict.fromkeys("aba"))
