# Docstrings of modules, functions and classes.
"""Module docstring for the docstrings test."""

def f():
    """Return nothing.

    Second paragraph.
    """

class K:
    "Single-quoted class docstring."
    def m(self):
        pass

print(__doc__)
print(repr(f.__doc__))
print(K.__doc__, K.m.__doc__)
print(f.__doc__.splitlines()[0])
