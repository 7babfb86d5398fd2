# A lazily computed attribute stored on first access.
class Report:
    def __init__(self, data):
        self.data = data
    @property
    def summary(self):
        if "_summary" not in self.__dict__:
            print("computing summary")
            self.__dict__["_summary"] = sum(self.data) / len(self.data)
        return self.__dict__["_summary"]

r = Report([1, 2, 3, 4])
print(r.summary, r.summary)
