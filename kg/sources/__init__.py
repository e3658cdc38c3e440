"""Sources: article files → normalised ``Document``s.

Takes files (UTF-8/16 or Windows-1258 text with an optional header block,
or HTML pages), in a folder or under an fsspec URL
(``remote``); gives ``kg.model.Document``s whose text is NFC with one
tone-mark convention, page furniture dropped. Imports kg.model and
kg.errors only.
"""
