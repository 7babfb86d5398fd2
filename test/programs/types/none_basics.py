# None: a singleton, falsy, returned by functions without return.
def f():
    pass

r = f()
print(r, r is None, type(r).__name__, bool(None), repr(None), str(None))
print(None == None, None == 0, None == "", None in [None])
print([].append(1), print("printed") is None)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
