# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 < x == 5, 1 == 1 != 2)
print(1 < 2 > 0 in [0], "a" in "abc" in "xabcx")
