# uncaught exception prints a traceback (with chained cause)
def level3(d):
    return d["missing"]
def level2(d):
    return level3(d) + 1
def level1():
    try:
        level2({})
    except KeyError as e:
        raise LookupError("lookup failed") from e
print("before")
level1()
print("never")
