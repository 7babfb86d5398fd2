# Freeing and then creating a float reuses the same memory.
a = float("1.5")
ida = id(a)
del a
b = float("2.5")
print(id(b) == ida)
c = b * 2
idc = id(c)
c = None
d = b + 100
print(id(d) == idc)
print(id(1.5 * b) == id(2.5 * b))
