# Closures created in a loop see the variable's final value (late binding).
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make(n):
    return lambda: n
funcs = [make(i) for i in range(3)]
print([f() for f in funcs])
adders = [lambda x: x + k for k in range(3)]
print([a(10) for a in adders])
