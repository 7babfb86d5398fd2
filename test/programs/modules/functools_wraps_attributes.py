# functools.wraps / update_wrapper copy metadata and set __wrapped__.
import functools

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper

@deco
def target(x: int) -> int:
    """Target doc."""
    return x

print(target.__name__, target.__doc__, target.__annotations__, target.__wrapped__(5))
print(target.__module__, target.__qualname__)
def other():
    pass
functools.update_wrapper(other, len)
print(other.__name__, other.__doc__.splitlines()[0])
