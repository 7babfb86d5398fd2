# A return in finally swallows the exception; a raise in finally replaces it.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(swallow())

def replace():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")

replace()
