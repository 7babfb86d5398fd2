# functools.wraps copies the name, docstring and __wrapped__.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    """Compute an area."""
    return w * h

@plain
def volume(w, h, d):
    """Compute a volume."""
    return w * h * d

print(area.__name__, area.__doc__, area.__wrapped__.__name__)
print(volume.__name__, volume.__doc__)
print(area(2, 3), volume(1, 2, 3))
print(area.__qualname__, volume.__qualname__)
