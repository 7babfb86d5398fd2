# bool is a subclass of int: isinstance checks and dict keys collapse.
print(isinstance(True, int), type(True) == int)
d = {1: "int one", True: "bool true", 1.0: "float one"}
print(d)
print({0, False, 0.0}, len({0, False, 0.0, ""}))
print(True + True, sum([True] * 5), ["a", "b"][True])
