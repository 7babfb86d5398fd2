# Double-underscore names are mangled with the class name.
class Account:
    def __init__(self):
        self.__balance = 100
        self._hint = "protected by convention"
    def balance(self):
        return self.__balance

class Savings(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5

s = Savings()
print(s.balance(), sorted(vars(s)))
try:
    s.__balance
except AttributeError as e:
    print(e)
print(s._Account__balance, s._Savings__balance)
