# id([]) == id([]): the first list is freed before the second is created.
print(id([]) == id([]))
print(id({}) == id({}))
print(id(object()) == id(object()))
print(id([1, 2]) == id([3, 4]))
print([] is [])
