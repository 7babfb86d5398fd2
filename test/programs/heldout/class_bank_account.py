# a typical class exercise: bank account with validation
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.shortfall = amount - balance
class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def add_interest(self):
        self._balance *= 1 + self.interest
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance:.2f})"
class Savings(Account):
    interest = 0.05
a = Account("ann", 100).deposit(50).withdraw(30)
s = Savings("sam")
s.deposit(1000)
for acct in (a, s):
    acct.add_interest()
    print(acct, acct.history)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, round(e.shortfall, 2))
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Account._next_id, s.interest, Account.interest)
