# An exception in __enter__ means __exit__ is not called.
class BadEnter:
    def __enter__(self):
        print("entering")
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit called?")

try:
    with BadEnter():
        print("body")
except RuntimeError as e:
    print("caught", e)
