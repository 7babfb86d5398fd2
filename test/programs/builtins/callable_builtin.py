# callable() for functions, classes, instances with and without __call__.
class A: pass
class B:
    def __call__(self):
        return "called"
print(callable(len), callable(print), callable(A), callable(A()), callable(B()))
print(callable(lambda: 0), callable(5), callable("s"), callable(str.upper), callable(None))
print(B()())
