# exception handling patterns
def parse(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None
print([parse(s) for s in ["1", "2.5", "x", " 7 ", "1e3", ""]])
def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    except TypeError as e:
        print("type error:", e)
        raise ValueError("bad operands") from e
    else:
        print("ok")
        return result
    finally:
        print("cleanup", a, b)
print(safe_div(1, 2))
print(safe_div(1, 0))
try:
    safe_div("a", 1)
except ValueError as e:
    print("caught", e, "cause:", type(e.__cause__).__name__)
errors = []
for value in [1, "a", None, [], 3]:
    try:
        errors.append(10 // value)
    except (TypeError, ZeroDivisionError) as e:
        errors.append(type(e).__name__)
print(errors)
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args, isinstance(e, ValidationError))
def reraiser():
    try:
        {}["k"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("outer got", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise
except ArithmeticError as e:
    print("as ArithmeticError:", e)
x = 0
try:
    x = 1
finally:
    x += 10
print(x)
