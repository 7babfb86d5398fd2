# any and all with empty inputs and short-circuiting.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any("abc"), all(""), all([[]]))
