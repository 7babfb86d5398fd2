# Chained assignment binds every target to the same object, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
y += 1
print(x, y)
d = {}
d["k"] = d["j"] = "v"
print(d)
i = lst = [0, 0]
print(i is lst)
lst2 = [0, 1, 2]
k = lst2[k] = 1 if False else 2
print(k, lst2)
