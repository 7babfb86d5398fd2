# Exceptions raised in __del__ are printed as "Exception ignored in" on stderr and execution continues.
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
class Good:
    def __del__(self):
        print("good finalizer")
b = Bad()
print("deleting bad")
del b
print("still running")
g = Good()
del g
def make():
    Bad()
    return "returned"
print(make())
class Half:
    def __del__(self):
        print("half start")
        1 / 0
h = Half()
h = None
print("end")
