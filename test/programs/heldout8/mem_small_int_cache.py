# Small int cache (-5..256): computed ints in range are the same object; outside the range they are not.
def computed(n):
    return int(str(n))
for n in [-6, -5, -1, 0, 1, 100, 255, 256, 257, 1000]:
    print(n, computed(n) is computed(n))
a = 250
b = 250
while a < 260:
    a += 1
    b += 1
    print(a, a is b, end="; ")
print()
x = 2 ** 8
y = 256
print("2**8 is 256:", x is y, "int('256') is y:", int("256") is y)
big1 = 10 ** 10
big2 = int("10000000000")
print("big computed vs parsed:", big1 is big2, big1 == big2)
m5, one, two_hundred = -5, 1, 200
print("negative boundary:", int("-5") is m5, int("-6") is int("-6"))
lst = [i for i in range(300)]
print("range results cached:", lst[10] is int("10"), lst[256] is y, lst[257] is int("257"))
h = 100
print("arith result small:", (h + h) is two_hundred, (h * 4) is int("400"))
print("bool is not int cache:", True is not one, int(True) is one)
