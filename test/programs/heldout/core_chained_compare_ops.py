# comparison operators and identity
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2, "a" < "b" < "c")
print(None is None, None == None, [] is [], () is (), 1 is not None, type(None) is type(None))
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1, [2]) == (1, [2]), {1: [2]} == {1: [2]})
print(1 in [1, 2], "a" not in "abc", 3 in {3: 4}, 4 in {3: 4}, (1, 2) in [(1, 2)], [] in [[]])
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(v(3) == v(3) != v(4))
print(float("inf") > 10 ** 400, -float("inf") < -10 ** 400, 0 == -0.0, 0.0 is not -0.0)
print(2 > 1 is True, (2 > 1) is True, not 1 == 2, not (1 == 2))
print([1, 2, 3] < [1, 2, 4], (1, 2) <= (1, 2), "abc" >= "abd", [2] > [1, 99], [] < [0])
print({1, 2} < {1, 2, 3}, {1} > set(), {1, 2} == {2, 1}, frozenset({1}) == {1})
x = [3]
y = x
print(x is y, x == y, id(x) == id(y), x is [3])
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
