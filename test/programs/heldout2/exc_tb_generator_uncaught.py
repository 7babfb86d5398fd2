# uncaught exception raised inside a generator consumed by a for loop
def numbers(data):
    for item in data:
        yield 100 // item
total = 0
for n in numbers([5, 2, 0, 1]):
    total += n
    print("running total", total)
