# exec/eval namespaces: defaults to the caller's globals/locals, explicit dicts, __builtins__.
x = 10
print(eval("x + 1"), eval("x", {"x": 1}), eval("x", {"x": 1}, {"x": 2}))
exec("y = x * 2")
print(y)

def f(a):
    b = a + 1
    print(eval("a + b"))
    exec("c = a * b")
    print(sorted(locals()), locals()["c"])
    return eval("[a + i for i in range(3)]", {"a": a})

print(f(4))

class C:
    exec("attr = 42")
    z = eval("attr + 1")
print(C.attr, C.z)

g = {}
exec("import sys\nv = 1", g)
print(sorted(g), g["__builtins__"] is __builtins__.__dict__)
print(eval("__name__"), eval("__name__", {}))
print(eval("len('abc')", {"__builtins__": {"len": lambda s: -1}}))
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

d = {"__name__": "mymod"}
exec("def h(): return k\nk = 'kk'\nclass K: pass", d)
print(d["h"](), d["h"].__module__, d["K"].__module__, d["h"].__globals__ is d)
e = {}
exec("def h2(): pass", e)
print(e["h2"].__module__, e["h2"].__qualname__)

class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 7
        raise KeyError(key)
print(eval("magic * 6", {}, Mapping()))
loc = {}
exec("p = 1\nq = p + 1", {}, loc)
print(loc)
code = compile("r = s * 2", "<cmp>", "exec")
ns = {"s": 21}
exec(code, ns)
print(ns["r"], eval(compile("s + 1", "<cmp>", "eval"), ns))
print(exec("1"), eval("None"))
