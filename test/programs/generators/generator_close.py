# close() raises GeneratorExit inside the generator; finally blocks run.
def resource():
    print("acquire")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("release")

r = resource()
print(next(r))
r.close()
r.close()
print(list(resource()))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
