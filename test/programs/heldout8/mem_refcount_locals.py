# sys.getrefcount of fresh objects held by local and global names, rebinding, and del.
import sys
def f():
    a = object()
    print("one local:", sys.getrefcount(a))
    b = a
    print("two names:", sys.getrefcount(a))
    c = d = a
    print("four names:", sys.getrefcount(a))
    del b
    print("after del b:", sys.getrefcount(a))
    c = None
    print("after rebinding c:", sys.getrefcount(a))
    return a
r = f()
print("returned to global:", sys.getrefcount(r))
g1 = r
print("two globals:", sys.getrefcount(r))
del g1
print("one global:", sys.getrefcount(r))
def pass_through(x):
    return sys.getrefcount(x)
print("inside a call:", pass_through(r))
def nested_call(x):
    return pass_through(x)
print("two frames deep:", nested_call(r))
lst = [1, 2, 3]
alias = lst
print(sys.getrefcount(lst), sys.getrefcount([]), sys.getrefcount(object()))
s = "".join(["unique", "-", "string", "-", "value"])
print("joined string:", sys.getrefcount(s))
n = 10**30 + 7
print("big int:", sys.getrefcount(n))
fl = float("1.2345e300")
print("float:", sys.getrefcount(fl))
