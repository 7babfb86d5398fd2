# Comprehension variables do not leak; the outermost iterable is evaluated outside.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
gen = (i for i in range(3))
print(list(gen))
print({k: k * 2 for k in "ab"}, sorted({c for c in "aab"}))
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
flat = [n for row in nested for n in row if n]
print(flat)
try:
    print(i)
except NameError as e:
    print(e)
