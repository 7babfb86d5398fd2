# Uncaught custom exception with a custom __str__, raised inside a generator consumed by a comprehension.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
    def __str__(self):
        return f"invalid {self.field}: {self.args[1]!r}"
def validate(rows):
    for row in rows:
        if row < 0:
            raise ValidationError("amount", row)
        yield row * 2
print([x for x in validate([1, 2, 3])])
print([x for x in validate([4, -5, 6])])
