# assert statements and AssertionError
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
print(check(5))
for v in [-1, 2.5]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert (1, 2)
    print("tuple is truthy")
except AssertionError:
    print("not reached")
print("done")
assert 1 == 2, ("tuple", "message")
