# eval and exec on strings, with explicit namespaces.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * a", ns)
print(ns["a"], ns["b"])
code = compile("print('compiled!')", "<string>", "exec")
exec(code)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
