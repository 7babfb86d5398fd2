# functools.reduce and partial.
import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.add, [], "empty"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)
power = functools.partial(pow, 2)
square = functools.partial(pow, exp=2)
print(power(10), square(7), power.func is pow, power.args, square.keywords)
int2 = functools.partial(int, base=2)
print(int2("1010"), int2("11", base=10), repr(int2).startswith("functools.partial"))
