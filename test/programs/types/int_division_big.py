# Division of big ints: exact // and %, and true division to float.
a = 10 ** 40 + 17
b = 10 ** 20 + 3
print(a // b, a % b, divmod(a, b) == (a // b, a % b))
print(a / b, 10 ** 400 // 10 ** 399)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(e)
print((-a) // b, (-a) % b)
