# An exception raised inside a lambda shows "<lambda>" as the frame name.
divide = lambda x, y: x // y
print(divide(7, 2))
print(divide.__name__)
values = [5, 2, 0]
print(list(map(lambda n: divide(10, n), values)))
