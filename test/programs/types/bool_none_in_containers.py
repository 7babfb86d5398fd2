# True/False/None as dict keys and in sets with 1/0.
d = {True: "yes", None: "none", 0: "zero"}
print(d, d[1], d[False])
print({True, 1, 1.0}, {False, 0, None}, [True, 1].count(1))
print(None in [0, False, ""], [None, 0].index(0), sorted([True, False, 0, 1]))
