# Dict equality ignores order; nested dicts.
a = {"x": 1, "y": {"z": [1, 2]}}
b = {"y": {"z": [1, 2]}, "x": 1}
print(a == b, a is b, a["y"]["z"][1])
a["y"]["z"].append(3)
print(a, a == b)
print({1: 1} == {1: 1.0}, {} == dict(), {"a": 1} != {"a": 2})
try:
    print({1: 1} < {2: 2})
except TypeError as e:
    print(e)
