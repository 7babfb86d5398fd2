# A tuple holding a list: the list can change; += on the item raises but mutates.
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(e)
print(t)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, (2, 3))) == hash((1, (2, 3))))
