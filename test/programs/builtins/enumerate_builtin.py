# enumerate with and without start.
seasons = ["spring", "summer", "fall"]
print(list(enumerate(seasons)))
print(list(enumerate(seasons, start=1)))
print(list(enumerate("ab", -2)))
for i, s in enumerate(seasons, 10):
    print(i, s)
e = enumerate("xy")
print(next(e), next(e))
