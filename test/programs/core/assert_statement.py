# assert passes silently; failing asserts raise AssertionError with a message.
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2

print(check(4))
for bad in ("s", 1.5):
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
