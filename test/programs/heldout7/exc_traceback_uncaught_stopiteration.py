# PEP 479: StopIteration leaking out of a generator becomes RuntimeError; the uncaught traceback shows both.
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(first_items(["ab", [1, 2]])))
try:
    print(list(first_items(["x", []])))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(list(first_items([(), "never"])))
