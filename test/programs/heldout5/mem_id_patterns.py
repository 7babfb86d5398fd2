# id()/is patterns common in teaching material
a = 5
b = 5
print(a is b, id(a) == id(b))
a = 1000
b = int("1000")
print(a is b, a == b)
x = "hi"
y = "hi"
print(x is y)
x = "hello world!"
y = "hello world!"
print(x is y)
def f():
    return "hello world!"
print(f() is f())
l1 = [1, 2]
l2 = l1
l2.append(3)
print(l1, l1 is l2)
l3 = l1.copy()
print(l3 is l1, l3 == l1)
t = (1, 2)
t2 = t[:]
print(t is t2)
s = "abc"
print(s[:] is s, s + "" is s, s * 1 is s)
n = None
print(n is None, id(None) == id(n))
def g(v=[]):
    return v
print(g() is g(), g([]) is g([]))
nums = [256, 257]
print(nums[0] is 256, nums[1] == 257)
