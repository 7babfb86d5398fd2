# Uncaught TypeError from calling a function with a missing keyword-only argument, through a decorator.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def connect(host, port=80, *, timeout):
    return f"{host}:{port} ({timeout}s)"
print(connect("example", timeout=3))
print(connect("example", 8080))
