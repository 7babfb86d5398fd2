# Reference counts and identity around exec/eval/compile: source strings, code objects and their
# constants, the namespaces while the code runs, interned constants shared with the caller.
import sys
src = "value = 'a constant string' * 1"
print(sys.getrefcount(src))
exec(src)
print(sys.getrefcount(src), value)
code = compile("t = (1, 2, 'x y')\nname = 'spam_eggs'", "<c>", "exec")
print(sys.getrefcount(code), sys.getrefcount(code.co_consts))
consts = code.co_consts
print(sys.getrefcount(consts), [sys.getrefcount(c) for c in consts[:2]])
ns = {}
exec(code, ns)
print(sys.getrefcount(ns["t"]), ns["t"] is consts[0], ns["name"] is 'spam_eggs')
del code
print(sys.getrefcount(consts), sys.getrefcount(ns["t"]))
d = {}
exec("import sys; print(sys.getrefcount(d2))", d, {"d2": d})
exec("import sys; print(sys.getrefcount(globals()))", d)
e = {}
exec("import sys; print(sys.getrefcount(locals()))", d, e)
print(sys.getrefcount(d), sys.getrefcount(e))
print(sys.getrefcount(globals()))
def f():
    return sys.getrefcount(sys._getframe().f_code)
print(f())
obj = object()
print(sys.getrefcount(obj), eval("sys.getrefcount(o)", {"sys": sys, "o": obj}), sys.getrefcount(obj))
k = eval("'interned_name'")
print(k is 'interned_name', eval("'not interned!'") is 'not interned!')
a = eval("1000 + 0")
b = eval("1000")
print(a == b, a is b, eval("(1, 2)") == (1, 2))
ids = set()
for i in range(3):
    c = compile("x%d = %d" % (i, i), "<loop>", "exec")
    ids.add(id(c))
    del c
print(len(ids))
print(sys.getsizeof(compile("x", "f", "eval")), sys.getsizeof(compile("a.b(c)[d]", "f", "eval")))
s = "z = 'é'"
before = sys.getsizeof(s)
exec(s)
print(sys.getsizeof(s) - before, sys.getsizeof(z))
