# uncaught AttributeError with a "Did you mean" suggestion
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
acct = Account()
acct.deposit(5)
print(acct.balance)
acct.deposite(10)
