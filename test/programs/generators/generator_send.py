# send() passes a value into the generator as the result of yield.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
b = averager()
try:
    b.send(5)
except TypeError as e:
    print(e)
print(b.send(None))
