"""Knowledge as data: the word lists and tables the stages apply, each with its sources."""
