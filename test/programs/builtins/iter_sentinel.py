# The two-argument form iter(callable, sentinel).
values = [3, 2, 1, 0, 5, 6]
pos = -1
def read():
    global pos
    pos += 1
    return values[pos]

print(list(iter(read, 0)))
counter = iter([1, 2, 3, None, 4]).__next__
print(list(iter(counter, None)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
