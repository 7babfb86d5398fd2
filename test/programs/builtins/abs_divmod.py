# abs and divmod for ints, floats, complex and bools.
print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
print(divmod(-17.5, 5), divmod(0, 3), divmod(2**65, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
