# The program both CPython 3.11 and the simulator run for memoryLayout.test.ts.
# `python3 memoryLayout.cpython.py` runs it under real CPython (PYTHONHASHSEED=0)
# and prints the fixture memoryLayout.fixture.json.
i = 2**40 + 5
n = -(10**30)
f = 1.5
s = 'hello'
s2 = ''.join(['x', 'y', 'z'])
s3 = ''.join(['\u20ac', 'a', 'b'])
s4 = ''.join(['\U0001f600', 'a'])
b = bytes([104, 101, 121])
t = (i, f, s)
l = [i, f, s]
d = {'a': i, 'b': f}
d2 = {1: i, 2.5: f, 'k': s}
st = {i, f}


class C:
    pass


c = C()
c.a = i
c.b = f


def fn():
    pass


def outer():
    x = i
    def inner():
        return x
    return inner


g = outer()
cl = g.__closure__[0]
end = 0
