# Importing a name that a built-in module does not have.
from sys import maxsize
print(maxsize > 0)
import math
print(math.floor(2.5))
from sys import no_such_name
