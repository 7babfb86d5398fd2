# len of large ranges and containers.
print(len(range(10 ** 12)), len(range(0, 10 ** 12, 7)))
print(len([None] * 10000), len("ab" * 5000), len(set(range(1000))))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(e)
print(range(10 ** 20)[-1])
