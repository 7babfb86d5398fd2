# An uncaught SyntaxError raised by exec() prints the traceback, then the error's location.
def run(src):
    exec(src)

print("before")
run("x = 1\ny = (2 +\n    3 *)\n")
