# enumerate over zip and zip over enumerate.
a = "xyz"
b = [10, 20, 30]
for i, (ch, n) in enumerate(zip(a, b)):
    print(i, ch, n)
print(list(zip(enumerate(a), b)))
print(dict(enumerate(a)))
