# A name assigned anywhere in a function is local in the whole function.
x = "global"

def reads():
    return x

def writes_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
    return x

print(reads())
print(writes_later())
print(x)
