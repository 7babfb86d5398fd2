# Notebook cell In [7]: 'a' is first created as in cell In [6]; then the cell
# exactly as written: del a; sys.getrefcount(a) -> NameError traceback.
import sys

a = []  # Create an empty list

del a
sys.getrefcount(a)
