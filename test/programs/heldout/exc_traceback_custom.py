# uncaught custom exception with attributes and a multi-line expression
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(record):
    for k, v in record.items():
        if not v:
            raise ValidationError(k, "must not be empty")
validate({"name": "x", "email": "y"})
print("first ok")
validate({"name": "x",
          "email": ""})
