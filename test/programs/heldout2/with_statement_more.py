# with statements: exceptions, return values, nesting, suppressing
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, str(exc) if exc else "")
        return self.suppress
with Manager("a") as v:
    print("body", v)
with Manager("outer") as o, Manager("inner") as i:
    print("both", o, i)
with Manager("quiet", suppress=True):
    raise RuntimeError("boom")
print("continued")
def in_function():
    with Manager("fn"):
        return "returned"
print(in_function())
for n in range(2):
    with Manager(f"loop{n}"):
        if n == 0:
            continue
        print("second iteration")
try:
    with Manager("loud"):
        {}["missing"]
except KeyError as e:
    print("propagated", e)
class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self
    def __exit__(self, *args):
        self.events.append("stop")
with Timer() as t:
    t.events.append("work")
print(t.events)
class BadEnter:
    def __enter__(self):
        raise ValueError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except ValueError as e:
    print("ValueError", e)
