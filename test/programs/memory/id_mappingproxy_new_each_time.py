# C.__dict__ builds a new mappingproxy on every access.
class C:
    x = 1

print(C.__dict__ is C.__dict__, C.__dict__ == C.__dict__, type(C.__dict__).__name__)
print(globals() is globals(), vars() is globals())
c = C()
print(c.__dict__ is c.__dict__)
