# Choosing between several except clauses, including tuples of types.
def convert(value):
    try:
        return int(value) / len(value)
    except (TypeError, ZeroDivisionError) as e:
        return f"type-or-zero: {type(e).__name__}"
    except ValueError:
        return "value error"
    except Exception as e:
        return f"other: {e}"

for v in ("12", "", "ab", 5, None):
    print(repr(v), "->", convert(v))
