# sorted: key, reverse, and stability of equal keys.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3, 1, 2]), sorted("hello"), sorted({3: "x", 1: "y"}))
print(sorted([-3, 1, -2], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
