# Non-data descriptors are shadowed by instance attributes; data descriptors are not.
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__ intercepted", value)

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, c.d)
c.__dict__["nd"] = "instance value"
c.__dict__["d"] = "instance value"
print(c.nd, c.d)
c.d = 5
print(C.nd, C.d)
