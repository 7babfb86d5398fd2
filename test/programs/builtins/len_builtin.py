# len of built-in containers and of objects with __len__; errors.
print(len("hello"), len(""), len("héllo"), len([1, 2]), len((1,)), len({}))
print(len({1: 2, 3: 4}), len({1, 1, 2}), len(range(0, 10, 3)), len(b"ab"))
class Bag:
    def __len__(self):
        return 3
print(len(Bag()))
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
