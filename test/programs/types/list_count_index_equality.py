# count and index use ==, so 1 == 1.0 == True.
lst = [1, 1.0, True, "1", [1], 0]
print(lst.count(1), lst.count("1"), lst.count([1]), lst.index(True), lst.index(0))
print(1 in lst, False in lst, lst.index(False))
nan = float("nan")
print([nan].count(nan), [float("nan")].count(float("nan")))
