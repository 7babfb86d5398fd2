# Importing a module that does not exist.
import math
import sys
print("importing")
print("math" in sys.modules)
import no_such_module_refscope
