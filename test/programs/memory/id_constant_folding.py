# Constant folding: 2**10, "ab"*3 and (1,)+(2,) are computed at compile time.
a = 2 ** 10
b = 1024
print(a is b)
s = "ab" * 3
t = "ababab"
print(s is t)
u = (1,) + (2,)
v = (1, 2)
print(u is v)
big = "x" * 5000
big2 = "x" * 5000
print(big is big2, big == big2)
