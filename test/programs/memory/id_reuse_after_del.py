# a = []; del a; b = [] gives the same id (LIFO free list).
a = []
ida = id(a)
del a
b = []
print(id(b) == ida)
x = {"k": 1}
idx = id(x)
del x
y = {}
print(id(y) == idx)
