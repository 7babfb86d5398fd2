# An uncaught SyntaxError from compile() of a compiler-detected error: no source text.
codes = ["x = 1", "y = 2", "return x"]
for i, src in enumerate(codes):
    compile(src, "snippet%d.py" % i, "exec")
    print("compiled", i)
