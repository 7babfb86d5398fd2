# Results of arithmetic inside the cache range are the cached objects.
x = 200
y = x + 56
z = x + 57
cached_256 = int("256")
fresh_257 = int("257")
print(y is cached_256, z is fresh_257, z == fresh_257)
items = [i * 2 for i in range(200)]
two_hundred = 200
print(items[100] is two_hundred, items[150] is int("300"))
m3 = -3
print((m3 - 2) is int("-5"), (m3 - 3) is int("-6"))
