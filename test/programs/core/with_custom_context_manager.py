# A custom context manager: __enter__ value, __exit__ arguments.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False

with Resource("r1") as r:
    print("using", r.name)
try:
    with Resource("r2"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)
