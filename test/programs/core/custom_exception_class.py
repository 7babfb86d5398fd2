# A custom exception with extra attributes and a custom __str__.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"

try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.args, e.field)
    print(isinstance(e, Exception), isinstance(e, BaseException))
