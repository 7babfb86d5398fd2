# `del` removes a name, not an object (notebook cell In [7]).
# After `del a` the list's last reference is gone and it is freed at once; the
# name `a` is unbound, so using it raises NameError. The debugger stops on the
# uncaught exception.
import sys

a = []  # as in 01_refcount.py

del a
sys.getrefcount(a)  # NameError: name 'a' is not defined
