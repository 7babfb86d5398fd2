# del removes a name, not an object; the object lives while other references exist.
import sys

class Loud:
    def __del__(self):
        print("freed")

a = Loud()
b = a
print(sys.getrefcount(a))
del a
print("after del a")
print(sys.getrefcount(b))
del b
print("after del b")
