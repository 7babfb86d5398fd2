# assert with a message: AssertionError shows the message.
def average(xs):
    assert len(xs) > 0, "cannot average an empty list"
    return sum(xs) / len(xs)

print(average([1, 2, 3]))
print(average([]))
