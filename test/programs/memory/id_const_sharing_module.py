# Equal constants in one compiled file are one object: a=10**6; b=10**6 share an id.
x = 100
y = 100
print(id(x) == id(y))
a = 10 ** 6
b = 10 ** 6
print(id(a) == id(b))
c = 1000000
print(a is c)
f1 = 3.14
f2 = 3.14
print(f1 is f2)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
