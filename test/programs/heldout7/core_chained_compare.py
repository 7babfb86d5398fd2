# Chained comparisons evaluate each operand once and short-circuit; comparison of mixed types.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
print(1 < 2.5 < 3, 1 == 1.0 == True, "a" < "b" < "ba" < "c")
print([1, 2] < [1, 2, 0] < [1, 3], (1, "a") < (1, "b"), (2,) > (1, 99))
print(0 in [0] in [[0]], None is None is not False)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset({1}) == {1})
print(1 < 2 > 0 < 5 != 4)
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
try:
    print(None > 0)
except TypeError as e:
    print(e)
try:
    print({1: 2} < {1: 2})
except TypeError as e:
    print(e)
print(3 == "3", [] == (), [] != ())
