# str repr picks quotes and escapes control and special characters.
for s in ["plain", "it's", 'say "x"', "both ' \"", "\\back", "\n\t\r", "\x07\x1b", "\x7f\x80\xa0", "é\u200b", "\ud800", "\U0001F600"]:
    print(repr(s))
print(repr("'"), repr('"'), repr("'\""))
print(repr("a\\nb"), repr("tab\there"), str("tab\there") == "tab\there")
