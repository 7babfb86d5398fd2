# identity of small ints, strings and constants
a = 256
b = 256
print(a is b)
c = 257
d = 257
print(c is d)
def make(n):
    return n + 1
print(make(255) is make(255), make(256) is make(256))
x = int("100")
y = int("100")
print(x is y)
big1 = int("1000")
big2 = int("1000")
print(big1 is big2, big1 == big2)
print((-5 + 0) == -5, int("-6") is int("-6"))
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s3 is s1, s3 == s1)
print(chr(97) == "a")
t1 = ()
t2 = tuple()
print(t1 is t2, frozenset() is frozenset(), "" is str())
print(None is None, True is (1 == 1), ... is Ellipsis)
