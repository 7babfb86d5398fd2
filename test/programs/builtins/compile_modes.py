# compile(): the three modes, code object attributes, 'single' display and argument errors.
c = compile("a + 1", "<expr>", "eval")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno, c.co_names, c.co_consts)
print(eval(c, {"a": 41}))
m = compile("def f(n):\n    return n * 2\nprint(f(21))\n", "mod.py", "exec")
print(m.co_names, type(m.co_consts[0]).__name__, m.co_consts[0].co_name, m.co_consts[0].co_filename)
exec(m)
print(compile("", "e", "exec").co_consts, compile("'doc'", "e", "exec").co_consts)
print(compile("1,", "e", "eval").co_consts, compile("x", "e", "single").co_consts)
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
print(_)
exec(compile("for i in range(3): i * 10\n", "<s>", "single"))
exec(compile("if True:\n    'a'\n    'b'\n", "<s>", "single"))
exec(compile("q = 5", "<s>", "single"))
print(q, _)
print(repr(c).startswith("<code object <module> at 0x"), repr(c).endswith(', file "<expr>", line 1>'))
c2 = compile(b"b'bytes' + b'!'", b"bytesname", "eval")
print(eval(c2), c2.co_filename)
print(compile("x", "f", "eval", 0, True, -1).co_names)
for args, kw in [((1, "f", "exec"), {}), (("x", 5, "exec"), {}), (("x", "f", "bogus"), {}),
                 (("x", "f", 3), {}), (("x", "f", "exec"), {"flags": 0x99999999}),
                 (("x", "f", "exec"), {"flags": 0x8000000}), (("x", "f", "exec"), {"optimize": 7}),
                 (("x", "f", "exec"), {"foo": 1}), (("x", "f", "exec", 0, 0, 0, 0), {}),
                 (("x", "f"), {}), ((), {}), (("x", "f", "exec"), {"source": "y"})]:
    try:
        compile(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
