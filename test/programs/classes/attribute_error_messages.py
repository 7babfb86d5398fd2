# AttributeError messages for instances, classes and modules.
import math
class C:
    pass
for expr in (lambda: C().missing, lambda: C.missing, lambda: math.missing, lambda: (1).missing, lambda: "s".uper()):
    try:
        expr()
    except AttributeError as e:
        print(e)
