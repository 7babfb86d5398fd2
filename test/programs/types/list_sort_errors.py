# Sorting a heterogeneous list raises TypeError and leaves the list as it was.
data = [3, "a", 1]
try:
    data.sort()
except TypeError as e:
    print(e)
print(data)
data2 = [3, 1, 2]
try:
    data2.sort(key=lambda x: x if x != 2 else "two")
except TypeError as e:
    print(e)
print(data2)
