# update_wrapper/wraps attributes, __wrapped__ chains, singledispatch along the MRO.
import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    wrapper.extra = 1
    return wrapper
@deco
@deco
def target(x: int) -> str:
    """Doc."""
    return str(x)
target.__dict__['mark'] = 'm'
print(target.__name__, target.__qualname__, target.__doc__, target.__annotations__, target.extra, target.mark)
print(target.__wrapped__.__name__, target.__wrapped__.__wrapped__ is not None, target('5'))
def plain():
    pass
plain.flag = True
def w():
    pass
r = functools.update_wrapper(w, plain, assigned=('__name__',), updated=())
print(r is w, w.__name__, w.__qualname__, hasattr(w, 'flag'), w.__wrapped__ is plain)
functools.update_wrapper(w, plain)
print(w.flag, w.__qualname__, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
wr = functools.wraps(plain)
print(type(wr).__name__, wr.keywords['wrapped'] is plain)
@functools.singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
@show.register(tuple)
def _(x):
    return 'sequence'
@show.register(bool)
def _(x):
    return 'bool'
class MyList(list):
    pass
for v in (1, True, [1], (1,), MyList(), 'text', 2.5, None):
    print(type(v).__name__, show(v))
print(show.dispatch(float) is show.registry[object], show.dispatch(MyList) is show.registry[list], len(show.registry))
print(show.__name__, show.__wrapped__.__name__, sorted(k.__name__ for k in show.registry))
try:
    show()
except TypeError as e:
    print(e)
try:
    show.register(1, lambda x: x)
except TypeError as e:
    print(e)
try:
    @show.register
    def _(x):
        pass
except TypeError as e:
    print(str(e).split(':')[0])
