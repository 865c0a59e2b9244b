Class extends Self
