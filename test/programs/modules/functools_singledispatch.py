# functools.singledispatch chooses an implementation by argument type.
import functools

@functools.singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@describe.register(bool)
def _(x):
    return f"bool {x}"

for v in (1, True, [1, 2], "s", 2.5):
    print(describe(v))
print(describe.dispatch(float) is describe.registry[object])
