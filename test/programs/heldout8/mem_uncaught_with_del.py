# An uncaught exception ends the program: the traceback is printed first, then module globals are finalized.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
def work(r):
    local = Res("local")
    raise RuntimeError(f"failed while using {r.name}")
g = Res("global")
try:
    work(g)
except RuntimeError as e:
    print("caught:", e)
print("second attempt")
work(g)
