"""Extraction: a ``Document`` → entities and facts, each with its evidence.

Takes ``kg.model.Document``s; gives ``kg.model.ArticleResult``s. Small
ordered stages (sentences, dates, names, titles, offices, events,
partnerships, context, resolution) run by ``run.extract`` over data
lexicons and the gazetteer in ``data/``. Imports kg.sources (text
normalisation), kg.model and kg.errors only.
"""
