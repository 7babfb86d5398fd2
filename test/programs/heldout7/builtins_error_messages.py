# Exact error messages raised by builtin functions called with bad arguments.
NONE, ONE = None, 1
def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
for expr in [
    "len(5)", "len()", "abs('x')", "int('abc')", "int('12', 1)", "int(3.5, 10)", "int(None)",
    "float('1.2.3')", "float([])", "ord('ab')", "ord('')", "chr(-1)", "chr(0x110000)",
    "min([])", "max()", "max(1)", "sum(['a', 'b'])", "sum([1], 'x')", "divmod(1, 0)", "1 / 0", "1 % 0", "1.0 // 0",
    "pow(2, -1, 7)", "pow(0, -1)", "pow(2, 3, 0)", "round('x')", "hash([])", "iter(5)", "next(iter([]))",
    "range(1, 2, 0)", "range('a')", "list(1)", "dict([1])", "dict([(1, 2, 3)])", "set([[1]])",
    "getattr(1, 'zz')", "setattr(1, 'zz', 2)", "isinstance(1, 'int')", "issubclass(1, int)",
    "sorted([1, 'a'])", "zip(1)", "list(map(1, [1]))", "enumerate(1)", "format(1, 'q')", "format('s', 'd')",
    "bytes('abc')", "bytes(-1)", "bytearray([256])", "'%d' % 'x'", "'%s %s' % ('a',)", "'%s' % ('a', 'b')",
    "'abc'.index('z')", "[1].index(2)", "(1,).index(2)", "[].pop()", "{}.popitem()", "set().pop()",
    "'a' + 1", "1 + 'a'", "[] + ()", "'a' * 'b'", "-'a'", "~1.5", "NONE()", "ONE[0]", "NONE[0]", "{}[[]]",
]:
    t(expr)
