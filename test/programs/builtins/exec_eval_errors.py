# Argument errors of exec()/eval() and exceptions raised inside executed code.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: exec(1))
show(lambda: eval(1))
show(lambda: eval([1]))
show(lambda: eval("x", []))
show(lambda: eval("x", 5))
show(lambda: eval("x", {}, 3))
show(lambda: exec("x", [], {}))
show(lambda: exec("x", {}, 3))
show(lambda: exec("x = 1", {}, {}, {}))
show(lambda: exec("x = 1", globals={}))
show(lambda: exec("x = 1", closure=()))
show(lambda: exec("x = 1", closure=None))
show(lambda: exec(compile("x = 1", "f", "exec"), {}, closure=(1,)))
show(lambda: eval("1", globals={}))
show(lambda: eval())
show(lambda: exec())
show(lambda: eval("1", {}, {}, {}))
show(lambda: eval("undefined_name"))
show(lambda: exec("1/0"))
show(lambda: eval("[].pop()"))
show(lambda: exec("raise KeyError('k')"))
show(lambda: eval("  \t 6 * 7"))
show(lambda: eval(b"2 ** 10"))
show(lambda: exec(bytearray(b"print('from bytearray')")))
show(lambda: eval("x if x else y", {"x": 0, "y": "fallback"}))
try:
    exec("def bad():\n    return undefined\nbad()")
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(e, tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name)
